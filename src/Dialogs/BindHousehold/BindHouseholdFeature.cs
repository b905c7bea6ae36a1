using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.Understanding;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Dialogs.BindHousehold;

public static class BindHouseholdFeature
{
    /// <summary>绑定房号 / 百姓码: links the person to their household.</summary>
    public static IServiceCollection AddBindHousehold(this IServiceCollection services) =>
        services.AddDialog<BindHouseholdDialog>(new DialogRoute(
            Intent.BindHousehold, BindHouseholdDialog.DialogId, ["绑定"], "绑定房号：发“绑定房号”或百姓码，把您和您家的房号关联起来"));
}
