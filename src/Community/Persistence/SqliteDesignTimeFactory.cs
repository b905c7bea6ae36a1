using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BuildingBot.Community.Persistence;

/// <summary>Lets `dotnet ef migrations add --context SqliteCommunityDbContext` build the context.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCommunityDbContext>
{
    public SqliteCommunityDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCommunityDbContext>().UseSqlite("Data Source=design.db").Options);
}
