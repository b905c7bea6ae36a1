using BuildingBot.Community.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BuildingBot.Community.Tests.Persistence;

public class DbConflictsTests
{
    private static DbUpdateException Wrapping(Exception inner) => new("save failed", inner);

    [Fact]
    public void IsConflict_IsTrue_ForLostRacesOnEitherDatabase()
    {
        Assert.True(DbConflicts.IsConflict(new DbUpdateConcurrencyException("row changed")));
        Assert.True(DbConflicts.IsConflict(Wrapping(new PostgresException("duplicate key", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation))));
        Assert.True(DbConflicts.IsConflict(Wrapping(new PostgresException("could not serialize", "ERROR", "ERROR", PostgresErrorCodes.SerializationFailure))));
        Assert.True(DbConflicts.IsConflict(Wrapping(new SqliteException("UNIQUE constraint failed", 19, 2067))));
        Assert.True(DbConflicts.IsConflict(Wrapping(new SqliteException("PRIMARY KEY constraint failed", 19, 1555))));
    }

    [Fact]
    public void IsConflict_IsFalse_ForOtherDatabaseErrors()
    {
        Assert.False(DbConflicts.IsConflict(Wrapping(new PostgresException("value too long", "ERROR", "ERROR", PostgresErrorCodes.StringDataRightTruncation))));
        Assert.False(DbConflicts.IsConflict(Wrapping(new SqliteException("disk I/O error", 10))));

        // SQLite reports every constraint as 19; only a unique or primary key is a lost race, the rest are bad data.
        Assert.False(DbConflicts.IsConflict(Wrapping(new SqliteException("NOT NULL constraint failed", 19, 1299))));
        Assert.False(DbConflicts.IsConflict(Wrapping(new SqliteException("FOREIGN KEY constraint failed", 19, 787))));
        Assert.False(DbConflicts.IsConflict(Wrapping(new SqliteException("CHECK constraint failed", 19, 275))));
        Assert.False(DbConflicts.IsConflict(Wrapping(new InvalidCastException("Cannot write DateTimeOffset with Offset=08:00:00"))));
    }
}
