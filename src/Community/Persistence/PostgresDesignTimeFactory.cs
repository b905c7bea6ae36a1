using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BuildingBot.Community.Persistence;

/// <summary>Lets `dotnet ef migrations add --context PostgresCommunityDbContext` build the context.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCommunityDbContext>
{
    public PostgresCommunityDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresCommunityDbContext>().UseNpgsql("Host=localhost").Options);
}
