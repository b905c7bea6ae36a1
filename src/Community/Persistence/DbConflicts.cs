using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BuildingBot.Community.Persistence;

/// <summary>Tells a save that lost a race (a concurrency token, a unique key taken meanwhile) from other database errors.</summary>
public static class DbConflicts
{
    private const int SqliteConstraint = 19;

    public static bool IsConflict(DbUpdateException exception) => exception switch
    {
        DbUpdateConcurrencyException => true,
        { InnerException: PostgresException pg } => pg.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.SerializationFailure,
        { InnerException: SqliteException sqlite } => sqlite.SqliteErrorCode == SqliteConstraint,
        _ => false,
    };
}
