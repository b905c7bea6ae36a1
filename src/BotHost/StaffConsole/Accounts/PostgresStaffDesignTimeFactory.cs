using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BuildingBot.BotHost.StaffConsole.Accounts;

/// <summary>Lets `dotnet ef migrations add --context PostgresStaffDbContext` build the context.</summary>
internal sealed class PostgresStaffDesignTimeFactory : IDesignTimeDbContextFactory<PostgresStaffDbContext>
{
    public PostgresStaffDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<PostgresStaffDbContext>()
        .UseNpgsql("Host=localhost", o => o.MigrationsHistoryTable(StaffDbContext.HistoryTable)).Options);
}
