using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BuildingBot.Community.Persistence;

/// <summary>
/// Tells a save that lost a race (a concurrency token, a unique key taken meanwhile) from other database errors.
/// NOT NULL, foreign-key and CHECK violations are bugs or bad data, never races: they are not conflicts.
/// </summary>
public static class DbConflicts
{
    /// <summary>SQLite's extended result codes for a UNIQUE and a PRIMARY KEY violation.</summary>
    private const int SqliteUnique = 2067;
    private const int SqlitePrimaryKey = 1555;

    public static bool IsConflict(DbUpdateException exception) => exception switch
    {
        DbUpdateConcurrencyException => true,
        { InnerException: PostgresException pg } => pg.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.SerializationFailure,
        { InnerException: SqliteException sqlite } => sqlite.SqliteExtendedErrorCode is SqliteUnique or SqlitePrimaryKey,
        _ => false,
    };
}
