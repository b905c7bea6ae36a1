using Microsoft.Extensions.Configuration;

namespace BuildingBot.Community.Configuration;

/// <summary>The configuration keys every project agrees on, and how to read them.</summary>
public static class ConfigurationKeys
{
    public const string Mode = "BuildingBot:Mode";
    public const string CommunityConnection = "ConnectionStrings:Community";
    public const string RedisConnection = "ConnectionStrings:Redis";
    public const string HangfireConnection = "ConnectionStrings:Hangfire";
    public const string DefaultSqlite = "Data Source=data/buildingbot.db";

    public static RunMode GetRunMode(this IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var text = configuration[Mode];
        if (string.IsNullOrWhiteSpace(text))
        {
            return RunMode.Embedded;
        }

        var name = Enum.GetNames<RunMode>().FirstOrDefault(n => string.Equals(n, text.Trim(), StringComparison.OrdinalIgnoreCase));
        return name is not null
            ? Enum.Parse<RunMode>(name)
            : throw new InvalidConfigurationException(Mode, $"Unknown mode '{text}'; use Embedded or Production");
    }

    /// <summary>A connection string that production mode cannot do without.</summary>
    public static string GetRequired(this IConfiguration configuration, string key, string what)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration[key];
        return string.IsNullOrWhiteSpace(value)
            ? throw new InvalidConfigurationException(key, $"Production mode needs {what}")
            : value;
    }
}
