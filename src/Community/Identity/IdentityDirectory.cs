using BuildingBot.Community.Channels;
using BuildingBot.Community.People;
using BuildingBot.Community.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Community.Identity;

/// <summary>
/// Looks senders up in the roster: grid members first (staff may also live here), then residents; and a group chat's
/// building. One query (one round trip) per turn, always read fresh, so a binding made a moment ago by any process counts.
/// </summary>
public sealed class IdentityDirectory(CommunityDbContext db) : IIdentityDirectory
{
    private const string People = """
        SELECT 2 AS "Kind", m."Id" AS "Id", m."Name" AS "Name", m."Role" AS "Role",
               CAST(NULL AS integer) AS "HouseholdId", CAST(NULL AS integer) AS "BuildingId"
        FROM "GridMembers" m WHERE m."Channel" = {0} AND m."ChannelUserId" = {1}
        UNION ALL
        SELECT 3, r."Id", r."DisplayName", CAST(NULL AS varchar(32)), r."HouseholdId", u."BuildingId"
        FROM "Residents" r
        LEFT JOIN "Households" h ON h."Id" = r."HouseholdId"
        LEFT JOIN "Units" u ON u."Id" = h."UnitId"
        WHERE r."Channel" = {0} AND r."ChannelUserId" = {1}
        """;

    private const string Group = """
        UNION ALL
        SELECT 1, g."BuildingId", CAST(NULL AS varchar(64)), CAST(NULL AS varchar(32)), CAST(NULL AS integer), CAST(NULL AS integer)
        FROM "BuildingGroups" g WHERE g."Channel" = {0} AND g."ChatId" = {2}
        """;

    public async Task<SenderIdentity> ResolveAsync(ChannelIdentity sender, string? groupChatId, CancellationToken cancellationToken)
    {
        var rows = await (groupChatId is null
                ? db.Database.SqlQueryRaw<IdentityRow>(People, sender.Channel.ToString(), sender.UserId)
                : db.Database.SqlQueryRaw<IdentityRow>(People + "\n" + Group, sender.Channel.ToString(), sender.UserId, groupChatId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var groupBuilding = rows.FirstOrDefault(r => r.Kind == IdentityRow.Group)?.Id;
        if (rows.FirstOrDefault(r => r.Kind == IdentityRow.Member) is { } member)
        {
            return new SenderIdentity
            {
                Kind = SenderKind.GridMember, GridMemberId = member.Id, Role = Enum.Parse<GridMemberRole>(member.Role!),
                DisplayName = member.Name ?? string.Empty, GroupBuildingId = groupBuilding,
            };
        }

        if (rows.FirstOrDefault(r => r.Kind == IdentityRow.Resident) is { } resident)
        {
            return new SenderIdentity
            {
                Kind = SenderKind.Resident, ResidentId = resident.Id, DisplayName = resident.Name ?? string.Empty,
                HouseholdId = resident.HouseholdId, HomeBuildingId = resident.BuildingId, GroupBuildingId = groupBuilding,
            };
        }

        return SenderIdentity.Unknown with { GroupBuildingId = groupBuilding };
    }
}
