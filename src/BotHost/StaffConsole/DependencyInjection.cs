using BuildingBot.BotHost.StaffConsole.Accounts;
using BuildingBot.Community.Configuration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.StaffConsole;

internal static class DependencyInjection
{
    /// <summary>How long a console session lives without a request (sliding: every request renews it).</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromHours(2);

    /// <summary>
    /// The staff console: Identity accounts in the community database (own context and migrations), the sign-in cookie,
    /// the demo admin of an empty embedded instance, the Console policy and the Razor Pages under /console.
    /// </summary>
    public static IServiceCollection AddStaffConsole(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetRunMode() == RunMode.Production)
        {
            var connection = configuration.GetRequired(ConfigurationKeys.CommunityConnection, "a PostgreSQL connection string");
            services.AddDbContext<StaffDbContext, PostgresStaffDbContext>(options => options
                .UseNpgsql(connection, npgsql => npgsql.EnableRetryOnFailure(3).MigrationsHistoryTable(StaffDbContext.HistoryTable)));
        }
        else
        {
            var connection = configuration[ConfigurationKeys.CommunityConnection] is { Length: > 0 } configured ? configured : ConfigurationKeys.DefaultSqlite;
            services.AddDbContext<StaffDbContext, SqliteStaffDbContext>(options => options
                .UseSqlite(connection, sqlite => sqlite.MigrationsHistoryTable(StaffDbContext.HistoryTable)));
        }

        services.AddIdentityCore<StaffAccount>(options =>
            {
                options.User.AllowedUserNameCharacters = string.Empty; // staff are named in Chinese
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 4;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<StaffDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<StaffClaimsFactory>();
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, DemoAdminAuthenticationHandler>(DemoAdminAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(ConfigureCookie));
        services.AddAuthorizationBuilder().AddPolicy(ConsolePolicies.Console, policy => policy
            .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme, DemoAdminAuthenticationHandler.SchemeName)
            .RequireRole(StaffRoles.All))
            .AddPolicy(ConsolePolicies.CommunityView, policy => policy
                .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme, DemoAdminAuthenticationHandler.SchemeName)
                .RequireRole(StaffRoles.Admin, StaffRoles.ReadOnly))
            .AddPolicy(ConsolePolicies.Manage, policy => policy
                .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme, DemoAdminAuthenticationHandler.SchemeName)
                .RequireRole(StaffRoles.Admin));
        services.AddScoped<StaffAccounts>();
        services.AddSingleton(provider => new WeComSignIn(provider.GetRequiredService<BotHost.WeCom.WeComSettings>(),
            provider.GetRequiredService<Microsoft.AspNetCore.DataProtection.IDataProtectionProvider>(), provider.GetRequiredService<TimeProvider>()));
        services.AddScoped<Map.CommunityMapQuery>();
        services.AddScoped<Orders.OrderDeskQuery>();
        services.AddScoped<Audit.AuditTrail>();
        services.AddScoped<Rosters.GroupBindingQuery>();
        services.AddScoped<Reports.RateTables>();
        services.AddScoped<Reports.OrderExportQuery>();
        services.AddScoped<Reports.AttendanceQuery>();

        // Chinese text is written as it is, not as &#x…; entities (Razor encodes everything outside Basic Latin by default).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddSingleton<DemoAdminState>();
        services.AddRazorPages(options =>
        {
            options.RootDirectory = "/StaffConsole/Pages";
            options.Conventions.AuthorizeFolder("/", ConsolePolicies.Console);
            options.Conventions.AuthorizeFolder("/Audit", ConsolePolicies.Manage);
            options.Conventions.AuthorizeFolder("/Accounts", ConsolePolicies.Manage);
            options.Conventions.AllowAnonymousToPage("/Login");
            options.Conventions.AllowAnonymousToPage("/WeComLogin");
            options.Conventions.AuthorizeFolder("/Broadcasts", ConsolePolicies.CommunityView);
            options.Conventions.AuthorizePage("/Broadcasts/New", ConsolePolicies.Manage);
            options.Conventions.AuthorizePage("/Activities/Edit", ConsolePolicies.Manage);
            options.Conventions.AuthorizeFolder("/Rosters", ConsolePolicies.Manage);
            options.Conventions.AuthorizeFolder("/Matters", ConsolePolicies.CommunityView);
            options.Conventions.AllowAnonymousToPage("/Disclosure/Decisions");
            options.Conventions.ConfigureFilter(new MustChangePasswordFilter());
        });
        return services;
    }

    private static void ConfigureCookie(Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions options)
    {
        options.Cookie.Name = "buildingbot.console";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = IdleTimeout;
        options.SlidingExpiration = true;
        options.LoginPath = ConsolePolicies.LoginPath;
        options.LogoutPath = "/console/logout";
        options.AccessDeniedPath = ConsolePolicies.LoginPath;
        options.Events.OnRedirectToLogin = context => Redirect(context, StatusCodes.Status401Unauthorized);
        options.Events.OnRedirectToAccessDenied = context => Redirect(context, StatusCodes.Status403Forbidden);
    }

    /// <summary>Pages are sent to the sign-in page; anything else (the APIs) gets a plain status.</summary>
    private static Task Redirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/console", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Redirect(context.RedirectUri);
        }
        else
        {
            context.Response.StatusCode = status;
        }

        return Task.CompletedTask;
    }
}
