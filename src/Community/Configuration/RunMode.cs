namespace BuildingBot.Community.Configuration;

/// <summary>Which storage the process uses; set by <c>BuildingBot:Mode</c>.</summary>
public enum RunMode
{
    /// <summary>SQLite under ./data, in-process state, in-memory Hangfire: no servers to install.</summary>
    Embedded,

    /// <summary>PostgreSQL, Redis and Hangfire.PostgreSql; several processes may share them.</summary>
    Production,
}
