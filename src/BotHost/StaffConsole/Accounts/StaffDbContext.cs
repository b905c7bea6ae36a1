using BuildingBot.BotHost.StaffConsole.Audit;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.StaffConsole.Accounts;

/// <summary>
/// The console's accounts (ASP.NET Core Identity tables, prefixed Staff) in the community database, with their own
/// migrations and history table (<see cref="HistoryTable"/>), so that the domain model in Community stays free of sign-in.
/// One subclass per provider, like <c>CommunityDbContext</c>.
/// </summary>
public abstract class StaffDbContext(DbContextOptions options) : IdentityDbContext<StaffAccount>(options)
{
    public const string HistoryTable = "__StaffMigrationsHistory";

    /// <summary>The audit log of changes made through the console and the admin API.</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<StaffAccount>().ToTable("StaffAccounts");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityRole>().ToTable("StaffRoles");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserRole<string>>().ToTable("StaffAccountRoles");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserClaim<string>>().ToTable("StaffAccountClaims");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserLogin<string>>().ToTable("StaffAccountLogins");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserToken<string>>().ToTable("StaffAccountTokens");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityRoleClaim<string>>().ToTable("StaffRoleClaims");
        builder.Entity<AuditEntry>(audit =>
        {
            audit.ToTable("StaffAuditLog");
            audit.HasIndex(a => a.At);
            audit.Property(a => a.Actor).HasMaxLength(200);
            audit.Property(a => a.Address).HasMaxLength(64);
            audit.Property(a => a.Method).HasMaxLength(10);
            audit.Property(a => a.Path).HasMaxLength(300);
            audit.Property(a => a.Action).HasMaxLength(200);
            audit.Property(a => a.Target).HasMaxLength(200);
            audit.Property(a => a.Before).HasMaxLength(AuditEntry.TextLength);
            audit.Property(a => a.After).HasMaxLength(AuditEntry.TextLength);
        });
    }
}
