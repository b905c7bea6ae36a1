using BuildingBot.Community.Channels;
using BuildingBot.Community.Persistence;
using BuildingBot.WeCom.Api;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.StaffConsole.Rosters;

/// <summary>
/// Bound and unbound groups at a glance: the bound groups with their buildings, the buildings without a group (counted in
/// the database, the lists capped at <see cref="GroupBindings.Listed"/>), and on request the WeCom customer groups that no
/// building is bound to (the corp's list, read from WeCom as GET /admin/wecom/groups does).
/// </summary>
public sealed class GroupBindingQuery(CommunityDbContext db)
{
    public async Task<GroupBindings> OverviewAsync(CancellationToken cancellationToken)
    {
        var buildings = await db.Buildings.CountAsync(cancellationToken);
        var bound = await db.BuildingGroups.Select(g => g.BuildingId).Distinct().CountAsync(cancellationToken);
        var groups = await db.BuildingGroups.AsNoTracking().OrderBy(g => g.Building!.Compound!.Code).ThenBy(g => g.Building!.Code).ThenBy(g => g.Id)
            .Take(GroupBindings.Listed)
            .Select(g => new GroupBindings.Bound(g.Building!.Compound!.Name, g.Building.Name, g.Name, g.ChatId, g.DeliveryMode))
            .ToListAsync(cancellationToken);
        var without = await db.Buildings.AsNoTracking().Where(b => !db.BuildingGroups.Any(g => g.BuildingId == b.Id))
            .OrderBy(b => b.Compound!.Code).ThenBy(b => b.Code).Take(GroupBindings.Listed)
            .Select(b => new GroupBindings.Unbound(b.Compound!.Code, b.Compound.Name, b.Code, b.Name))
            .ToListAsync(cancellationToken);
        return new GroupBindings(buildings, bound, groups, without);
    }

    /// <summary>The corp's WeCom customer groups no building is bound to, or why they could not be read (in Chinese).</summary>
    public async Task<(IReadOnlyList<(string ChatId, string Name, string Owner)> Groups, string? Problem)> UnboundWeComGroupsAsync(
        WeComApiClient? client, CancellationToken cancellationToken)
    {
        if (client is null)
        {
            return ([], "未配置企业微信应用（WeCom:App），无法读取企业微信中的客户群。");
        }

        IReadOnlyList<(string ChatId, string Name, string Owner)> all;
        try
        {
            all = await client.ListCustomerGroupsAsync(cancellationToken);
        }
        catch (WeComApiException exception)
        {
            return ([], $"企业微信拒绝了请求：{exception.Message}");
        }
        catch (HttpRequestException)
        {
            return ([], "连不上企业微信，请稍后再试。");
        }

        var bound = (await db.BuildingGroups.AsNoTracking().Where(g => g.Channel == ChatChannel.WeCom).Select(g => g.ChatId)
            .ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        return ([.. all.Where(g => !bound.Contains(g.ChatId))], null);
    }
}
