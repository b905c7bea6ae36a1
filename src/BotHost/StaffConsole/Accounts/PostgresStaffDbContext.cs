using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.StaffConsole.Accounts;

/// <summary>The production PostgreSQL flavour; owns the migrations under StaffConsole/Migrations/PostgreSql.</summary>
public sealed class PostgresStaffDbContext(DbContextOptions<PostgresStaffDbContext> options) : StaffDbContext(options);
