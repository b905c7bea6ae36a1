using BuildingBot.Community.Configuration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;

namespace BuildingBot.BotHost.Access;

internal static class DependencyInjection
{
    /// <summary>Host names embedded mode answers unless AllowedHosts says otherwise (against DNS rebinding).</summary>
    public static readonly string[] EmbeddedHosts = ["127.0.0.1", "localhost", "[::1]"];

    /// <summary>The default scheme: the admin key when the request carries one, else the console's sign-in cookie.</summary>
    public const string StaffScheme = "Staff";

    /// <summary>Who may call what: the admin-key sign-in (or a console cookie), the two staff policies, trusted proxies and allowed host names.</summary>
    public static IServiceCollection AddAccess(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = AccessSettings.From(configuration);
        var proxies = ProxySettings.From(configuration);
        services.AddSingleton(settings);
        services.AddSingleton<CallerNetwork>();
        services.Configure<ForwardedHeadersOptions>(proxies.ApplyTo);
        if (settings.Mode == RunMode.Embedded && string.IsNullOrWhiteSpace(configuration["AllowedHosts"]))
        {
            services.Configure<HostFilteringOptions>(options => options.AllowedHosts = [.. EmbeddedHosts]);
        }

        services.AddAuthentication(StaffScheme)
            .AddPolicyScheme(StaffScheme, null, options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(AdminKeyAuthenticationHandler.HeaderName)
                    ? AdminKeyAuthenticationHandler.SchemeName
                    : Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, AdminKeyAuthenticationHandler>(AdminKeyAuthenticationHandler.SchemeName, null);
        services.AddSingleton<IAuthorizationHandler, CallerAccess>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AccessResultHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(AccessPolicies.StaffApi, policy => policy.AddRequirements(new StaffRequirement(ApiBodiesOnly: true)))
            .AddPolicy(AccessPolicies.StaffPage, policy => policy.AddRequirements(new StaffRequirement(ApiBodiesOnly: false)));
        services.AddAntiforgery();
        return services;
    }

    /// <summary>
    /// Middleware paths that are no endpoints (Swagger UI's files) pass the same staff policy as the endpoints.
    /// </summary>
    public static IApplicationBuilder UseStaffOnly(this IApplicationBuilder app, PathString path) =>
        app.UseWhen(context => context.Request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase), branch => branch.Use(async (context, next) =>
        {
            var authorization = context.RequestServices.GetRequiredService<IAuthorizationService>();
            var result = await authorization.AuthorizeAsync(context.User, context, AccessPolicies.StaffPage);
            if (result.Succeeded)
            {
                await next(context);
            }
            else if (result.Failure?.FailureReasons.OfType<AccessRefusal>().FirstOrDefault() is { } refusal)
            {
                await AccessResultHandler.WriteAsync(context, refusal);
            }
            else
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
            }
        }));
}
