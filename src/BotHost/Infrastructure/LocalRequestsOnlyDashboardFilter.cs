using BuildingBot.BotHost.Admin;
using Hangfire.Dashboard;

namespace BuildingBot.BotHost.Infrastructure;

/// <summary>The Hangfire dashboard is served to local requests only until staff sign-in exists.</summary>
internal sealed class LocalRequestsOnlyDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => AdminAccessFilter.IsLocal(context.GetHttpContext());
}
