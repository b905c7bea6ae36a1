using Microsoft.AspNetCore.Authorization;

namespace BuildingBot.BotHost.Observability;

/// <summary>/metrics: a caller from a scrape network, or whoever passes the staff page policy.</summary>
internal sealed record ScrapeRequirement : IAuthorizationRequirement;
