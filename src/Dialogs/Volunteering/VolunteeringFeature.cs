using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.Understanding;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Dialogs.Volunteering;

public static class VolunteeringFeature
{
    /// <summary>志愿活动: 报名, 取消报名, 签到, 我的积分.</summary>
    public static IServiceCollection AddVolunteering(this IServiceCollection services)
    {
        services.AddDialog<VolunteerDialog>(new DialogRoute(
            Intent.VolunteerSignUp, VolunteerDialog.DialogId, ["报名"], "志愿活动：发“报名”“取消报名”“签到”“我的积分”"));
        services.AddSingleton(new DialogRoute(Intent.VolunteerCancel, VolunteerDialog.DialogId, ["取消报名"], string.Empty));
        services.AddSingleton(new DialogRoute(Intent.VolunteerCheckIn, VolunteerDialog.DialogId, ["签到"], string.Empty));
        return services.AddSingleton(new DialogRoute(Intent.VolunteerPoints, VolunteerDialog.DialogId, ["取消报名"], string.Empty));
    }
}
