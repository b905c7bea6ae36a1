using BuildingBot.Community.Configuration;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Net.Http.Headers;

namespace BuildingBot.BotHost.Access;

/// <summary>
/// The one access decision for every staff surface (admin API, simulator, job dashboard, OpenAPI, /status):
/// a staff member (today: the admin key) may; without a configured key, embedded mode lets local
/// requests in and production lets nobody in. A state-changing request from another site is refused
/// whoever sends it, and the APIs read only JSON or CSV bodies, which a foreign page cannot send
/// without the browser asking first.
/// </summary>
internal sealed class CallerAccess(AccessSettings settings, CallerNetwork network) : AuthorizationHandler<StaffRequirement>
{
    private static readonly string[] BodyTypes = ["application/json", "text/csv"];

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, StaffRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);
        if (context.Resource is not HttpContext http)
        {
            context.Fail();
            return Task.CompletedTask;
        }

        if (Refusal(http, context.User, requirement) is { } refusal)
        {
            // An anonymous caller's failure reaches the result handler as a bare challenge: the reason travels with the request.
            http.Features.Set(refusal);
            context.Fail(refusal);
        }
        else
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    private AccessRefusal? Refusal(HttpContext http, System.Security.Claims.ClaimsPrincipal user, StaffRequirement requirement)
    {
        if (!user.IsInRole(AccessPolicies.StaffRole))
        {
            if (settings.AdminKey is not null)
            {
                return Refuse(StatusCodes.Status401Unauthorized, "Admin key required",
                    $"Send the admin API key in the {AdminKeyAuthenticationHandler.HeaderName} header.");
            }

            if (settings.Mode == RunMode.Production)
            {
                return Refuse(StatusCodes.Status403Forbidden, "Staff only",
                    $"This is disabled until {AccessSettings.AdminKeySetting} is configured.");
            }

            if (!network.IsLocal(http))
            {
                return Refuse(StatusCodes.Status403Forbidden, "Local requests only",
                    $"This accepts local requests only until {AccessSettings.AdminKeySetting} is configured.");
            }
        }

        var request = http.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
        {
            return null;
        }

        if (CrossSite(request) is { } site)
        {
            return Refuse(StatusCodes.Status403Forbidden, "Cross-site request refused",
                $"A state-changing request from another site ({site}) is refused.");
        }

        return requirement.ApiBodiesOnly && !IsApiBody(request)
            ? Refuse(StatusCodes.Status415UnsupportedMediaType, "Unsupported body",
                $"Send the body as {string.Join(" or ", BodyTypes)} (given: {request.ContentType ?? "no type"}).")
            : null;
    }

    /// <returns>What marked the request as coming from elsewhere, or null when it came from this site (or from no browser).</returns>
    private static string? CrossSite(HttpRequest request)
    {
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0 && fetchSite is not ("same-origin" or "none"))
        {
            return $"Sec-Fetch-Site: {fetchSite}";
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return null;
        }

        var own = $"{request.Scheme}://{request.Host.Value}";
        return string.Equals(origin, own, StringComparison.OrdinalIgnoreCase) ? null : $"Origin: {origin}";
    }

    private static bool IsApiBody(HttpRequest request)
    {
        if (request.ContentType is null)
        {
            return request.ContentLength is null or 0 && !request.Headers.ContainsKey(HeaderNames.TransferEncoding);
        }

        return MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
               && BodyTypes.Any(t => type.MediaType.Equals(t, StringComparison.OrdinalIgnoreCase));
    }

    private AccessRefusal Refuse(int status, string title, string detail) => new(this, status, title, detail);
}
