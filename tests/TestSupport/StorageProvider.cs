namespace BuildingBot.TestSupport;

/// <summary>The two database providers persistence tests run against.</summary>
public enum StorageProvider
{
    Sqlite,
    PostgreSql,
}
