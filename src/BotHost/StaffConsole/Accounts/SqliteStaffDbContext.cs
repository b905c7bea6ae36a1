using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BuildingBot.BotHost.StaffConsole.Accounts;

/// <summary>The embedded mode's flavour; owns the migrations under StaffConsole/Migrations/Sqlite.</summary>
public sealed class SqliteStaffDbContext(DbContextOptions<SqliteStaffDbContext> options) : StaffDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        base.ConfigureConventions(configurationBuilder);

        // As in the community database: SQLite compares date-times with offsets only as sortable integers.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
