using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BuildingBot.Community.Persistence;

/// <summary>The embedded mode's SQLite flavour; owns the migrations under Migrations/Sqlite.</summary>
public sealed class SqliteCommunityDbContext(DbContextOptions<SqliteCommunityDbContext> options)
    : CommunityDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // SQLite has no date-time-with-offset type; stored as a sortable integer so ORDER BY and
        // comparisons translate.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
