using BuildingBot.Community.Regions;
using BuildingBot.Community.WorkOrders;
using BuildingBot.Dialogs.BindHousehold;
using BuildingBot.Dialogs.Clarify;
using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.FollowUp;
using BuildingBot.Dialogs.Help;
using BuildingBot.Dialogs.Middleware;
using BuildingBot.Dialogs.Outbox;
using BuildingBot.Dialogs.Prompts;
using BuildingBot.Dialogs.ReportProblem;
using BuildingBot.Dialogs.SmallTalk;
using BuildingBot.Dialogs.State;
using BuildingBot.Dialogs.Turns;
using BuildingBot.Dialogs.Understanding;
using BuildingBot.Dialogs.Volunteering;
using BuildingBot.Dialogs.WorkOrders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BuildingBot.Dialogs;

public static class DependencyInjection
{
    /// <summary>
    /// The conversation engine: state, locks, de-duplication and limits in process (embedded) or in
    /// Redis (production), the middleware pipeline, Chinese understanding, the outbox and its
    /// dispatcher, and the dialogs with their routes.
    /// </summary>
    public static IServiceCollection AddDialogs(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.Configure<DialogsOptions>(configuration.GetSection(DialogsOptions.Section));
        services.Configure<DialogManagerOptions>(configuration.GetSection(DialogsOptions.Section));
        services.Configure<OutboxOptions>(configuration.GetSection($"{DialogsOptions.Section}:Outbox"));

        if (services.AddRedisWhenProduction(configuration))
        {
            services.AddSingleton<IStateStore, RedisStateStore>();
            services.AddSingleton<ITurnLock, RedisTurnLock>();
            services.AddSingleton<IDeduplicationStore, RedisDeduplicationStore>();
            services.AddSingleton<ISlidingWindowLimiter, RedisSlidingWindowLimiter>();
        }
        else
        {
            services.AddSingleton<IStateStore, InMemoryStateStore>();
            services.AddSingleton<ITurnLock, InProcessTurnLock>();
            services.AddSingleton<IDeduplicationStore, InMemoryDeduplicationStore>();
            services.AddSingleton<ISlidingWindowLimiter, InMemorySlidingWindowLimiter>();
        }

        services.AddSingleton<Segmenter>();
        services.TryAddSingleton(RegionDirectory.Shared);
        services.AddSingleton<Recognizer>();
        services.AddSingleton<Unresolved.LearningMaterial>();
        services.AddHostedService<UnderstandingWarmUp>();
        services.AddScoped<Dialogs.Policies.PolicySearch>();
        services.AddScoped<Dialogs.Policies.PolicyPushNotifier>();
        services.AddScoped<Community.Policies.IPolicyChangeSink>(provider => provider.GetRequiredService<Dialogs.Policies.PolicyPushNotifier>());

        // The pipeline, in order.
        services.AddScoped<IMiddleware, TelemetryMiddleware>();
        services.AddScoped<IMiddleware, DeduplicationMiddleware>();
        services.AddScoped<IMiddleware, IdentityMiddleware>();
        services.AddScoped<IMiddleware, RateLimitMiddleware>();
        services.AddScoped<OrderOnCard>();
        services.AddScoped<IMiddleware, RecognizerMiddleware>();

        services.AddScoped<TurnStateAccessor>();
        services.AddSingleton<DialogManager>();
        services.AddSingleton<BotEngine>();

        services.AddSingleton<OutboxSignal>();
        services.AddScoped<IOutbox, DatabaseOutbox>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<OutboxDispatcher>());

        services.AddDialog<HelpDialog>(new DialogRoute(Intent.Help, HelpDialog.DialogId, ["帮助", "help", "菜单"], "帮助：看看我能做什么"));
        services.AddDialog<SmallTalkDialog>(new DialogRoute(Intent.SmallTalk, SmallTalkDialog.DialogId, [], string.Empty));
        services.AddDialog<ClarifyDialog>();
        services.AddSingleton<Dialog>(new ChoicePrompt(ClarifyDialog.WhichPrompt));
        services.AddDialog<BindHouseholdDialog>(new DialogRoute(
            Intent.BindHousehold, BindHouseholdDialog.DialogId, ["绑定"], "绑定房号：发“绑定房号”或百姓码，把您和您家的房号关联起来"));
        services.AddWorkOrderDialogs();
        services.AddDialog<Dialogs.Policies.PolicyQuestionDialog>(new DialogRoute(
            Intent.PolicyQuestion, Dialogs.Policies.PolicyQuestionDialog.DialogId, ["政策"], "政策咨询：直接问，例如“孩子入学要准备什么材料？”"));

        services.AddDialog<Dialogs.Policies.TravelAdviceDialog>(new DialogRoute(
            Intent.TravelAdvice, Dialogs.Policies.TravelAdviceDialog.DialogId, ["出行"], "出行建议：例如“下周三去杭州出差，要注意什么？”，还可以登记出行"));
        services.AddDialog<Dialogs.Policies.TripsDialog>(new DialogRoute(
            Intent.MyTrips, Dialogs.Policies.TripsDialog.DialogId, ["我的行程"], "出行登记：发“我的行程”查看，“取消出行登记”取消"));
        services.AddSingleton(new DialogRoute(Intent.CancelTrip, Dialogs.Policies.TripsDialog.DialogId, ["取消出行登记"], string.Empty));

        // Messages no intent claims are tried against the policy base before the bot says it did not understand.
        services.AddSingleton(new DialogRoute(Intent.None, Dialogs.Policies.PolicyQuestionDialog.DialogId, [], string.Empty));
        services.AddDialog<VolunteerDialog>(new DialogRoute(
            Intent.VolunteerSignUp, VolunteerDialog.DialogId, ["报名"], "志愿活动：发“报名”“取消报名”“签到”“我的积分”"));
        foreach (var intent in new[] { Intent.VolunteerCancel, Intent.VolunteerCheckIn, Intent.VolunteerPoints })
        {
            services.AddSingleton(new DialogRoute(intent, VolunteerDialog.DialogId, intent == Intent.VolunteerCheckIn ? ["签到"] : ["取消报名"], string.Empty));
        }

        return services;
    }

    private static void AddWorkOrderDialogs(this IServiceCollection services)
    {
        services.AddScoped<WorkOrderNotifier>();
        services.AddScoped<IWorkOrderEventSink>(provider => provider.GetRequiredService<WorkOrderNotifier>());
        services.AddDialog<ReportProblemDialog>(new DialogRoute(
            Intent.ReportProblem, ReportProblemDialog.DialogId, ["报事", "报修", "求助"], "报事：直接说遇到的问题，例如“3幢电梯坏了”"));
        services.AddDialog<QueryProgressDialog>(new DialogRoute(
            Intent.QueryProgress, QueryProgressDialog.DialogId, ["查询进度", "进度"], "查询进度：看看您反映的问题处理到哪一步了"));
        services.AddDialog<RateOrderDialog>(new DialogRoute(
            Intent.Rate, RateOrderDialog.DialogId, ["满意", "基本满意", "不满意", "评价"], "评价：办结后回复“满意”“基本满意”或“不满意”"));
        services.AddDialog<CancelOrderDialog>(new DialogRoute(
            Intent.CancelOrder, CancelOrderDialog.DialogId, ["撤销"], "撤销工单：发“撤销 工单号”"));
        services.AddDialog<GridCommandDialog>(new DialogRoute(
            Intent.GridAccept, GridCommandDialog.DialogId, [], "网格员：接单 / 转派 / 办结 / 退回 工单号，我的工单"));
        foreach (var intent in new[] { Intent.GridTransfer, Intent.GridResolve, Intent.GridReturn, Intent.GridMyOrders })
        {
            services.AddSingleton(new DialogRoute(intent, GridCommandDialog.DialogId, [], string.Empty));
        }
    }

    /// <summary>Registers a dialog, and the route that starts it for an intent.</summary>
    public static IServiceCollection AddDialog<TDialog>(this IServiceCollection services, DialogRoute? route = null)
        where TDialog : Dialog
    {
        services.AddSingleton<Dialog, TDialog>();
        if (route is not null)
        {
            services.AddSingleton(route);
        }

        return services;
    }
}
