using System.Text.Json.Serialization;
using BuildingBot.BotHost.Access;
using BuildingBot.BotHost.Health;
using BuildingBot.BotHost.Infrastructure;
using BuildingBot.BotHost.Open311;
using BuildingBot.BotHost.Policies;
using BuildingBot.BotHost.Simulator;
using BuildingBot.BotHost.Understanding;
using BuildingBot.BotHost.WeCom;
using BuildingBot.Community.Configuration;
using BuildingBot.Community.Persistence;

namespace BuildingBot.BotHost;

public static class DependencyInjection
{
    /// <summary>The host's own services: access rules, shared data-protection keys, health checks, JSON and OpenAPI.</summary>
    public static IServiceCollection AddBotHost(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAccess(configuration);
        services.AddSharedDataProtection(configuration);
        services.AddHealth<CommunityDbContext>(withRedis: configuration.GetRunMode() == RunMode.Production);
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new PolicyTopicJsonConverter());
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
        services.AddProblemDetails();
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddExceptionHandler<StorageUnavailableExceptionHandler>();
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen();
        services.AddSimulator(configuration);
        services.Configure<Open311Options>(configuration.GetSection(Open311Options.Section));
        services.AddWeComChannel(configuration);
        services.AddScoped<Broadcasts.BroadcastDeliveries>();
        services.AddSingleton(provider => LabelledFile.From(configuration, provider.GetRequiredService<IHostEnvironment>()));
        return services;
    }
}
