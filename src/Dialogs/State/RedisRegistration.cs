using BuildingBot.Community.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;
using StackExchange.Redis.KeyspaceIsolation;

namespace BuildingBot.Dialogs.State;

/// <summary>Redis is required in production (shared state, de-duplication, limits, token cache) and absent in embedded mode.</summary>
public static class RedisRegistration
{
    /// <summary>Configuration key of the prefix put before every Redis key (empty by default).</summary>
    public const string RedisKeyPrefix = "Redis:KeyPrefix";

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

        // Every key goes under Redis:KeyPrefix, so deployments (or test runs) sharing one Redis never see each other's state.
        var prefix = configuration[RedisKeyPrefix] ?? string.Empty;
        services.AddSingleton(provider =>
        {
            var database = provider.GetRequiredService<IConnectionMultiplexer>().GetDatabase();
            return prefix.Length == 0 ? database : database.WithKeyPrefix(prefix);
        });
        return true;
    }
}
