using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BuildingBot.BotHost.StaffConsole.Accounts;

/// <summary>Lets `dotnet ef migrations add --context SqliteStaffDbContext` build the context.</summary>
internal sealed class SqliteStaffDesignTimeFactory : IDesignTimeDbContextFactory<SqliteStaffDbContext>
{
    public SqliteStaffDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<SqliteStaffDbContext>()
        .UseSqlite("Data Source=design.db", o => o.MigrationsHistoryTable(StaffDbContext.HistoryTable)).Options);
}
