using BuildingBot.Community.Configuration;
using Npgsql;

namespace BuildingBot.Community.Persistence;

/// <summary>The community database's PostgreSQL connection string as the bot opens it.</summary>
public static class PostgresConnectionString
{
    /// <summary>
    /// The connection string with PostgreSQL's JIT compilation off, unless its <c>Options</c> already say how to set
    /// <c>jit</c>. The bot's queries are short; the planner's cost for a correlated <c>EXISTS</c> counts the subquery for
    /// every row even when it never runs, so the 三率 counts were JIT-compiled: 300 ms of compiling for a 45 ms count
    /// (bench/README.md). An operator who wants JIT writes <c>Options=-c jit=on</c>. A string Npgsql cannot read is
    /// refused naming the key, never quoting the string (it holds the password).
    /// </summary>
    public static string WithoutJit(string connection)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connection);
        }
        catch (ArgumentException)
        {
            throw new InvalidConfigurationException(ConfigurationKeys.CommunityConnection, "The PostgreSQL connection string cannot be read");
        }

        if (builder.Options?.Contains("jit", StringComparison.OrdinalIgnoreCase) != true)
        {
            builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? "-c jit=off" : $"{builder.Options} -c jit=off";
        }

        return builder.ConnectionString;
    }
}
