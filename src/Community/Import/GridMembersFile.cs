using BuildingBot.Community.Channels;
using BuildingBot.Community.People;
using BuildingBot.Community.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Community.Import;

/// <summary>
/// gridmembers.csv: grid_code, name, role, phone, channel, channel_user_id, compound_code,
/// building_code. A member is keyed by channel and channel_user_id (their WeCom userid); a
/// 楼栋长 names the building they look after in compound_code and building_code.
/// </summary>
internal sealed class GridMembersFile : IRosterFile
{
    public RosterKind Kind => RosterKind.GridMembers;

    public IReadOnlyList<string> RequiredColumns { get; } = ["grid_code", "name", "role", "channel_user_id"];

    public async Task StageAsync(CsvTable table, CommunityDbContext db, CancellationToken cancellationToken)
    {
        var index = await BuildingIndex.LoadAsync(db, cancellationToken).ConfigureAwait(false);
        var grids = await db.Grids.ToDictionaryAsync(g => g.Code, cancellationToken).ConfigureAwait(false);
        var members = await db.GridMembers
            .ToDictionaryAsync(m => new ChannelIdentity(m.Channel, m.ChannelUserId), cancellationToken).ConfigureAwait(false);
        var seen = new Dictionary<ChannelIdentity, int>();

        foreach (var row in table.Rows)
        {
            var gridCode = row.Required("grid_code", 32);
            var name = row.Required("name");
            var role = row.Parse("role", RosterValues.ParseRole, RosterValues.Roles);
            var channel = row.Parse("channel", RosterValues.ParseChannel, RosterValues.Channels, required: false) ?? ChatChannel.WeCom;
            var userId = row.Required("channel_user_id", 128);
            var phone = ReadPhone(row);
            var captainOf = row.Optional("building_code").Length > 0 || role == GridMemberRole.BuildingCaptain
                ? index.Find(row)
                : null;
            if (gridCode.Length == 0 || name.Length == 0 || role is null || userId.Length == 0)
            {
                continue;
            }

            if (!grids.TryGetValue(gridCode, out var grid))
            {
                row.Problem("grid_code", $"grid {gridCode} is not known; import the grids file first");
                continue;
            }

            var identity = new ChannelIdentity(channel, userId);
            if (seen.TryGetValue(identity, out var first))
            {
                row.Problem("channel_user_id", $"repeats row {first}");
                continue;
            }

            seen[identity] = row.Number;
            if (captainOf is not null && captainOf.GridId != grid.Id)
            {
                row.Problem("building_code", $"{captainOf.Name} is not covered by grid {gridCode}");
                continue;
            }

            if (!members.TryGetValue(identity, out var member))
            {
                member = new GridMember { Name = name, ChannelUserId = userId, Channel = channel };
                db.GridMembers.Add(member);
            }

            member.Name = name;
            member.Grid = grid;
            member.Role = role.Value;
            member.Phone = phone ?? member.Phone;
            member.CaptainOfBuilding = captainOf;
        }
    }

    private static PhoneNumber? ReadPhone(CsvRow row)
    {
        var text = row.Optional("phone");
        if (text.Length == 0)
        {
            return null;
        }

        if (PhoneNumber.TryParse(text, out var phone))
        {
            return phone;
        }

        row.Problem("phone", "is not a mobile (11 digits) or landline number");
        return null;
    }
}
