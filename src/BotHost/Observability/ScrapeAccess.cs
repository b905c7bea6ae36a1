using BuildingBot.BotHost.Access;
using Microsoft.AspNetCore.Authorization;

namespace BuildingBot.BotHost.Observability;

/// <summary>
/// Lets a scraper from a configured network (<see cref="ScrapeNetworks"/>, the address after the forwarded headers of
/// trusted proxies) read /metrics; anyone else goes through the staff decision (<see cref="AccessPolicies.StaffPage"/>),
/// whose refusal (401 without the admin key) they get.
/// </summary>
internal sealed class ScrapeAccess(ScrapeNetworks networks) : AuthorizationHandler<ScrapeRequirement>
{
    public const string Policy = "MetricsScrape";

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ScrapeRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Resource is not HttpContext http)
        {
            context.Fail();
            return;
        }

        if (networks.Contains(http.Connection.RemoteIpAddress))
        {
            context.Succeed(requirement);
            return;
        }

        var staff = await http.RequestServices.GetRequiredService<IAuthorizationService>().AuthorizeAsync(context.User, http, AccessPolicies.StaffPage);
        if (staff.Succeeded)
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(staff.Failure?.FailureReasons.FirstOrDefault() ?? new AuthorizationFailureReason(this, "Staff or a scrape network only"));
        }
    }
}
