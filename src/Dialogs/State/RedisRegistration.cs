using BuildingBot.Community.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace BuildingBot.Dialogs.State;

/// <summary>Redis is required in production (shared state, de-duplication, limits, token cache) and absent in embedded mode.</summary>
public static class RedisRegistration
{
    public static bool AddRedisWhenProduction(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetRunMode() != RunMode.Production)
        {
            return false;
        }

        var connection = configuration.GetRequired(ConfigurationKeys.RedisConnection, "a Redis connection string");
        ConfigurationOptions options;
        try
        {
            options = ConfigurationOptions.Parse(connection);
        }
        catch (ArgumentException exception)
        {
            throw new InvalidConfigurationException(
                ConfigurationKeys.RedisConnection, "The Redis connection string does not parse", exception);
        }

        options.AbortOnConnectFail = false;
        options.ConnectTimeout = 5000;
        options.ConnectRetry = 3;
        options.SyncTimeout = 5000;
        options.AsyncTimeout = 5000;
        options.ClientName = "buildingbot";
        services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(options));
        return true;
    }
}
