using BuildingBot.Community.Channels;
using BuildingBot.Community.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Community.Identity;

/// <summary>Looks senders up in the roster: grid members first (staff may also live here), then residents.</summary>
public sealed class IdentityDirectory(CommunityDbContext db) : IIdentityDirectory
{
    public async Task<SenderIdentity> ResolveAsync(ChannelIdentity sender, string? groupChatId, CancellationToken cancellationToken)
    {
        int? groupBuilding = null;
        if (groupChatId is not null)
        {
            groupBuilding = await db.BuildingGroups.AsNoTracking()
                .Where(g => g.Channel == sender.Channel && g.ChatId == groupChatId)
                .Select(g => (int?)g.BuildingId).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        }

        var member = await db.GridMembers.AsNoTracking()
            .Where(m => m.Channel == sender.Channel && m.ChannelUserId == sender.UserId)
            .Select(m => new { m.Id, m.Name, m.Role })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (member is not null)
        {
            return new SenderIdentity
            {
                Kind = SenderKind.GridMember, GridMemberId = member.Id, Role = member.Role, DisplayName = member.Name,
                GroupBuildingId = groupBuilding,
            };
        }

        var resident = await db.Residents.AsNoTracking()
            .Where(r => r.Channel == sender.Channel && r.ChannelUserId == sender.UserId)
            .Select(r => new { r.Id, r.DisplayName, r.HouseholdId, BuildingId = (int?)r.Household!.Unit!.BuildingId })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (resident is not null)
        {
            return new SenderIdentity
            {
                Kind = SenderKind.Resident, ResidentId = resident.Id, DisplayName = resident.DisplayName,
                HouseholdId = resident.HouseholdId, HomeBuildingId = resident.BuildingId, GroupBuildingId = groupBuilding,
            };
        }

        return SenderIdentity.Unknown with { GroupBuildingId = groupBuilding };
    }
}
