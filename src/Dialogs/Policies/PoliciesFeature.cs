using BuildingBot.Community.Events;
using BuildingBot.Community.Policies;
using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.Understanding;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Dialogs.Policies;

public static class PoliciesFeature
{
    /// <summary>
    /// 政策咨询 from the policy base (also tried for messages no intent claims), and policy changes pushed to the groups
    /// and trips they concern.
    /// </summary>
    public static IServiceCollection AddPolicies(this IServiceCollection services)
    {
        services.AddSingleton(PolicyVocabulary.Shared);
        services.AddScoped<PolicySearch>();
        services.AddScoped<IDomainEventConsumer<PolicyVersionPublished>, PolicyPushNotifier>();
        services.AddDialog<PolicyQuestionDialog>(new DialogRoute(
            Intent.PolicyQuestion, PolicyQuestionDialog.DialogId, ["政策"], "政策咨询：直接问，例如“孩子入学要准备什么材料？”"));

        // Messages no intent claims are tried against the policy base before the bot says it did not understand.
        return services.AddSingleton(new DialogRoute(Intent.None, PolicyQuestionDialog.DialogId, [], string.Empty));
    }

    /// <summary>出行建议 for a planned trip, its registration, 我的行程 and 取消出行登记.</summary>
    public static IServiceCollection AddTravelAdvice(this IServiceCollection services)
    {
        services.AddDialog<TravelAdviceDialog>(new DialogRoute(
            Intent.TravelAdvice, TravelAdviceDialog.DialogId, ["出行"], "出行建议：例如“下周三去杭州出差，要注意什么？”，还可以登记出行"));
        services.AddDialog<TripsDialog>(new DialogRoute(
            Intent.MyTrips, TripsDialog.DialogId, ["我的行程"], "出行登记：发“我的行程”查看，“取消出行登记”取消"));
        return services.AddSingleton(new DialogRoute(Intent.CancelTrip, TripsDialog.DialogId, ["取消出行登记"], string.Empty));
    }
}
