using BuildingBot.BotHost.Access;
using BuildingBot.Community.Channels;
using BuildingBot.Community.Persistence;
using BuildingBot.WeCom.Api;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.WeCom;

/// <summary>GET /admin/wecom/groups: the corp's customer groups (residents' groups) and which building each is bound to.</summary>
internal static class WeComAdminEndpoints
{
    public sealed record WeComGroup(string ChatId, string Name, string Owner, string? BoundTo);

    public static IEndpointRouteBuilder MapWeComAdmin(this IEndpointRouteBuilder endpoints, WeComSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.App is not null)
        {
            endpoints.MapGet("/admin/wecom/groups", ListAsync)
                .RequireAuthorization(AccessPolicies.StaffApi)
                .WithTags("Admin")
                .WithSummary("Lists WeCom customer groups, to bind them to buildings in groups.csv.");
        }

        return endpoints;
    }

    private static async Task<IResult> ListAsync(WeComApiClient client, CommunityDbContext db, CancellationToken cancellationToken)
    {
        IReadOnlyList<(string ChatId, string Name, string Owner)> groups;
        try
        {
            groups = await client.ListCustomerGroupsAsync(cancellationToken);
        }
        catch (WeComApiException exception)
        {
            return Results.Problem(exception.Message, statusCode: StatusCodes.Status502BadGateway, title: "WeCom refused the request");
        }

        var bound = await db.BuildingGroups.AsNoTracking().Where(g => g.Channel == ChatChannel.WeCom)
            .Select(g => new { g.ChatId, Building = g.Building!.Compound!.Name + g.Building.Name })
            .ToDictionaryAsync(g => g.ChatId, g => g.Building, cancellationToken);
        return Results.Ok(groups.Select(g => new WeComGroup(g.ChatId, g.Name, g.Owner, bound.GetValueOrDefault(g.ChatId))).ToList());
    }
}
