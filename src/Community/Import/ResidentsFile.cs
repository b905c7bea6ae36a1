using BuildingBot.Community.Channels;
using BuildingBot.Community.People;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Places;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Community.Import;

/// <summary>
/// residents.csv: compound_code, building_code, unit, room, name, phone, party_member, channel,
/// channel_user_id, and optionally floor_area (建筑面积, m²; for owners' votes) and care_tags (独居老人、低保 …). Each row is a
/// household (room) and, when name is filled in, one resident of it;
/// a row without a name only makes sure the household exists.
/// </summary>
internal sealed class ResidentsFile(TimeProvider clock) : IRosterFile
{
    public RosterKind Kind => RosterKind.Residents;

    public IReadOnlyList<string> RequiredColumns { get; } = ["compound_code", "building_code", "room"];

    public async Task StageAsync(CsvTable table, CommunityDbContext db, CancellationToken cancellationToken)
    {
        var index = await BuildingIndex.LoadAsync(db, cancellationToken).ConfigureAwait(false);
        await db.Households.Include(h => h.Residents).LoadAsync(cancellationToken).ConfigureAwait(false);
        var identities = await db.Residents.Where(r => r.ChannelUserId != null)
            .ToDictionaryAsync(r => new ChannelIdentity(r.Channel, r.ChannelUserId!), cancellationToken).ConfigureAwait(false);
        var seen = new Dictionary<(Unit, string, string), int>();
        var careTags = await CareTagColumn.LoadAsync(db, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);

        foreach (var row in table.Rows)
        {
            var building = index.Find(row);
            var unitNumber = row.Parse("unit", t => RosterValues.ParseNumber(t, 1, 50), "a unit number", required: false) ?? 1;
            var room = row.Required("room", 32);
            var name = row.Optional("name");
            if (name.Length > 64)
            {
                row.Problem("name", "is longer than 64 characters");
            }

            var area = row.Parse("floor_area", RosterValues.ParseArea, "an area in m² (e.g. 89.5)", required: false);
            var resident = ReadResident(row, name);
            if (building is null || room.Length == 0)
            {
                continue;
            }

            var unit = building.Units.Find(u => u.Number == unitNumber);
            if (unit is null)
            {
                row.Problem("unit", $"{building.Name} has no unit {unitNumber}");
                continue;
            }

            if (seen.TryGetValue((unit, room, name), out var first))
            {
                row.Problem(name.Length > 0 ? "name" : "room", $"repeats row {first}");
                continue;
            }

            seen[(unit, room, name)] = row.Number;
            var household = unit.Households.Find(h => h.Room == room);
            if (household is null)
            {
                household = new Household { Room = room };
                unit.Households.Add(household);
            }

            if (area is not null)
            {
                household.FloorArea = area;
            }

            if (resident is not null)
            {
                Upsert(row, household, resident, identities);
            }

            await careTags.ApplyAsync(row, household, cancellationToken).ConfigureAwait(false);
        }
    }

    private Resident? ReadResident(CsvRow row, string name)
    {
        var phoneText = row.Optional("phone");
        PhoneNumber? phone = null;
        if (phoneText.Length > 0)
        {
            phone = PhoneNumber.TryParse(phoneText, out var parsed) ? parsed : null;
            if (phone is null)
            {
                row.Problem("phone", "is not a mobile (11 digits) or landline number");
            }
        }

        var partyMember = row.Parse("party_member", RosterValues.ParseBool, RosterValues.Yes, required: false) ?? false;
        var channel = row.Parse("channel", RosterValues.ParseChannel, RosterValues.Channels, required: false) ?? ChatChannel.WeCom;
        var userId = row.Optional("channel_user_id");
        if (name.Length == 0)
        {
            if (phoneText.Length > 0 || userId.Length > 0)
            {
                row.Problem("name", "is empty but the row has a phone or channel_user_id");
            }

            return null;
        }

        return new Resident
        {
            DisplayName = name,
            Phone = phone,
            IsPartyMember = partyMember,
            Channel = channel,
            ChannelUserId = userId.Length > 0 ? userId : null,
            CreatedAt = clock.GetUtcNow(),
        };
    }

    private static void Upsert(CsvRow row, Household household, Resident incoming, Dictionary<ChannelIdentity, Resident> identities)
    {
        var resident = household.Residents.Find(r => r.DisplayName == incoming.DisplayName);
        if (incoming.ChannelUserId is { } userId)
        {
            var identity = new ChannelIdentity(incoming.Channel, userId);
            if (identities.TryGetValue(identity, out var owner) && owner != resident)
            {
                row.Problem("channel_user_id", $"is already used by {owner.DisplayName}");
                return;
            }

            identities[identity] = resident ?? incoming;
        }

        if (resident is null)
        {
            household.Residents.Add(incoming);
            return;
        }

        resident.Phone = incoming.Phone ?? resident.Phone;
        resident.IsPartyMember = incoming.IsPartyMember;
        if (incoming.ChannelUserId is not null)
        {
            resident.Channel = incoming.Channel;
            resident.ChannelUserId = incoming.ChannelUserId;
        }
    }
}
