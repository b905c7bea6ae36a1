using BuildingBot.Community.Configuration;
using BuildingBot.Community.Inbox;
using BuildingBot.Community.Outbox;
using BuildingBot.Community.Queueing;
using BuildingBot.Community.Regions;
using BuildingBot.Dialogs.BindHousehold;
using BuildingBot.Dialogs.Care;
using BuildingBot.Dialogs.Clarify;
using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.FollowUp;
using BuildingBot.Dialogs.Governance;
using BuildingBot.Dialogs.Help;
using BuildingBot.Dialogs.Inbox;
using BuildingBot.Dialogs.Middleware;
using BuildingBot.Dialogs.MutualHelp;
using BuildingBot.Dialogs.Outbox;
using BuildingBot.Dialogs.Party;
using BuildingBot.Dialogs.Policies;
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
    /// The conversation engine: state, locks and limits in process (embedded) or in
    /// Redis (production), the middleware pipeline, Chinese understanding, the outbox and its
    /// dispatcher, and the chat features (one <c>AddXxx()</c> each, in its own folder) with their routes and dialogs.
    /// </summary>
    public static IServiceCollection AddDialogs(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.Configure<DialogsOptions>(configuration.GetSection(DialogsOptions.Section));
        services.Configure<DialogManagerOptions>(configuration.GetSection(DialogsOptions.Section));

        if (services.AddRedisWhenProduction(configuration))
        {
            services.AddSingleton<IStateStore, RedisStateStore>();
            services.AddSingleton<ITurnLock, RedisTurnLock>();
            services.AddSingleton<ISlidingWindowLimiter, RedisSlidingWindowLimiter>();
        }
        else
        {
            services.AddSingleton<IStateStore, InMemoryStateStore>();
            services.AddSingleton<ITurnLock, InProcessTurnLock>();
            services.AddSingleton<ISlidingWindowLimiter, InMemorySlidingWindowLimiter>();
        }

        services.AddSingleton<Segmenter>();
        services.TryAddSingleton(RegionDirectory.Shared);
        services.AddSingleton<Recognizer>();
        services.AddSingleton(provider => new ProblemSimilarity(provider.GetRequiredService<Recognizer>().Model.Duplicates));
        services.AddSingleton<Unresolved.LearningMaterial>();
        services.AddSingleton<TrainedModelStore>();
        services.AddSingleton<UnderstandingWarmUp>();
        services.AddHostedService(provider => provider.GetRequiredService<UnderstandingWarmUp>());

        // The pipeline, in order.
        services.AddScoped<IMiddleware, TelemetryMiddleware>();
        services.AddScoped<IMiddleware, IdentityMiddleware>();
        services.AddScoped<IMiddleware, RateLimitMiddleware>();
        services.AddScoped<OrderOnCard>();
        services.AddScoped<IMiddleware, RecognizerMiddleware>();

        services.AddScoped<TurnStateAccessor>();
        services.TryAddSingleton(typeof(TurnScoped<>));
        services.AddSingleton<DialogManager>();
        services.AddSingleton<BotEngine>();

        // The durable queues: activities in (every channel's door), messages out.
        services.AddSingleton<ActivityInbox>();
        // On PostgreSQL a claim's items (different conversations) are handled at once; SQLite has one writer.
        var parallelism = configuration.GetRunMode() == RunMode.Production ? 8 : 1;
        services.AddDurableQueue<InboxMessage, InboxHandler>(InboxHandler.QueueName, configuration, o =>
        {
            o.MaxAttempts = 5;
            o.Parallelism = parallelism;
        });
        services.AddScoped<IOutbox, DatabaseOutbox>();
        // 12 attempts: backoff doubling from 2 s and capped at 10 min spans about 37 minutes (at least 29 with jitter), so a
        // channel down for a quarter of an hour delays messages but dead-letters none (8 attempts gave up after ~4 minutes).
        services.AddDurableQueue<OutboxMessage, OutboxHandler>(OutboxHandler.QueueName, configuration, o =>
        {
            o.HandlerTimeout = TimeSpan.FromSeconds(30);
            o.MaxAttempts = 12;
            o.Parallelism = parallelism;
        });

        // The chat features, each with its routes, group keywords, help line and dialogs; the help text lists them in this order.
        return services
            .AddHelp()
            .AddSmallTalk()
            .AddClarify()
            .AddBindHousehold()
            .AddReportProblem()
            .AddFollowUp()
            .AddWorkOrders()
            .AddPolicies()
            .AddTravelAdvice()
            .AddVolunteering()
            .AddGovernance()
            .AddCare()
            .AddParty()
            .AddMutualHelp();
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
