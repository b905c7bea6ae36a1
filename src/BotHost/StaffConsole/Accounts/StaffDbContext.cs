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
    }
}
