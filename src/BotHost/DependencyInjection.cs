using System.Text.Json.Serialization;
using BuildingBot.BotHost.Health;
using BuildingBot.BotHost.Infrastructure;
using BuildingBot.Community.Persistence;

namespace BuildingBot.BotHost;

public static class DependencyInjection
{
    /// <summary>The host's own services: Redis in production, health checks, JSON and OpenAPI.</summary>
    public static IServiceCollection AddBotHost(this IServiceCollection services, IConfiguration configuration)
    {
        var withRedis = services.AddRedisWhenProduction(configuration);
        services.AddHealth<CommunityDbContext>(withRedis);
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddProblemDetails();
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen();
        return services;
    }
}
