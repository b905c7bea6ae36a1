using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Community.Persistence;

/// <summary>The production PostgreSQL flavour; owns the migrations under Migrations/PostgreSql.</summary>
public sealed class PostgresCommunityDbContext(DbContextOptions<PostgresCommunityDbContext> options)
    : CommunityDbContext(options);
