using BuildingBot.BotHost.Access;
using BuildingBot.BotHost.Admin;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Policies;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.Policies;

/// <summary>Admin API for which building groups follow which policy topics (a change on a followed topic gets a short notice in the group).</summary>
internal static class TopicSubscriptionEndpoints
{
    public static IEndpointRouteBuilder MapTopicSubscriptionAdmin(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/admin/policy-subscriptions").RequireAuthorization(AccessPolicies.StaffApi).WithTags("Admin: policies");
        admin.MapGet("/", ListAsync).WithSummary("Every building group with the policy topics it follows.");
        admin.MapGet("/{groupId:int}", OneAsync).WithSummary("The policy topics one building group follows.");
        admin.MapPut("/{groupId:int}", SetAsync).WithSummary("Sets the topics a group follows (出行, 医保, 入学, 养老, 育儿, 就业, 社区事务, 其他, or the English names); an empty list stops every notice.");
        return endpoints;
    }

    private static async Task<IResult> ListAsync(CommunityDbContext db, CancellationToken ct)
    {
        var groups = await db.BuildingGroups.AsNoTracking().OrderBy(g => g.Id).Select(g => new { g.Id, g.Name }).ToListAsync(ct);
        var followed = (await db.TopicSubscriptions.AsNoTracking().ToListAsync(ct)).ToLookup(s => s.BuildingGroupId, s => s.Topic);
        return Results.Ok(groups.Select(g => Describe(g.Id, g.Name, [.. followed[g.Id].Order()])));
    }

    private static async Task<IResult> OneAsync(int groupId, CommunityDbContext db, TopicSubscriptions subscriptions, CancellationToken ct) =>
        await subscriptions.TopicsOfAsync(groupId, ct) is { } topics
            ? Results.Ok(Describe(groupId, await db.BuildingGroups.Where(g => g.Id == groupId).Select(g => g.Name).SingleAsync(ct), topics))
            : NoGroup(groupId);

    private static async Task<IResult> SetAsync(int groupId, TopicSubscriptionRequest request, CommunityDbContext db, TopicSubscriptions subscriptions, CancellationToken ct)
    {
        var topics = new List<PolicyTopic>();
        var problems = new List<string>();
        foreach (var name in request.Topics ?? [])
        {
            if (PolicyTopicNames.TryParse(name, out var topic))
            {
                topics.Add(topic);
            }
            else
            {
                problems.Add($"'{name}' is not a topic ({PolicyTopicNames.All}).");
            }
        }

        if (request.Topics is null)
        {
            problems.Add("topics is required (an empty list stops every notice).");
        }

        if (problems.Count > 0)
        {
            return AdminProblems.Invalid("topics", problems);
        }

        return await subscriptions.SetAsync(groupId, topics, ct) ? await OneAsync(groupId, db, subscriptions, ct) : NoGroup(groupId);
    }

    private static object Describe(int groupId, string name, IReadOnlyList<PolicyTopic> topics) =>
        new { groupId, name, topics = topics.Select(t => t.Chinese()) };

    private static IResult NoGroup(int groupId) => Results.Problem($"No building group {groupId}.", statusCode: StatusCodes.Status404NotFound);
}
