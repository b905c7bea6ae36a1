using BuildingBot.Community.Channels;
using BuildingBot.Community.People;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Places;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Community.Households;

/// <summary>Finds households by what residents write (address or 百姓码) and binds a chat user to one.</summary>
public sealed class HouseholdBinding(CommunityDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Households matching a building code, optional unit and room. <paramref name="text"/> may name the
    /// compound (幸福家园3幢…); <paramref name="nearBuildingId"/> (the group's building) breaks ties.
    /// </summary>
    public async Task<IReadOnlyList<HouseholdMatch>> FindAsync(
        string text, string buildingCode, int? unit, string room, int? nearBuildingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var query = db.Households.AsNoTracking()
            .Where(h => h.Room == room && h.Unit!.Building!.Code == buildingCode);
        if (unit is not null)
        {
            query = query.Where(h => h.Unit!.Number == unit);
        }

        var matches = await Project(query).ToListAsync(cancellationToken).ConfigureAwait(false);
        var named = matches.Where(m => text.Contains(m.Match.CompoundName, StringComparison.Ordinal)).ToList();
        if (named.Count > 0)
        {
            matches = named;
        }
        else if (matches.Count > 1 && nearBuildingId is not null)
        {
            var compoundId = await db.Buildings.Where(b => b.Id == nearBuildingId).Select(b => b.CompoundId)
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            var near = matches.Where(m => m.CompoundId == compoundId).ToList();
            matches = near.Count > 0 ? near : matches;
        }

        return matches.Select(m => m.Match).ToList();
    }

    public async Task<HouseholdMatch?> FindByCodeAsync(HouseholdCode code, CancellationToken cancellationToken) =>
        (await Project(db.Households.AsNoTracking().Where(h => h.Code == code))
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false))?.Match;

    /// <summary>
    /// Links the chat user to the household: their resident record if they have one, else the roster
    /// entry of that household with the same name, else a new resident.
    /// </summary>
    public async Task BindAsync(ChannelIdentity who, string displayName, int householdId, CancellationToken cancellationToken)
    {
        var resident = await db.Residents
            .FirstOrDefaultAsync(r => r.Channel == who.Channel && r.ChannelUserId == who.UserId, cancellationToken).ConfigureAwait(false)
            ?? await db.Residents
                .FirstOrDefaultAsync(r => r.HouseholdId == householdId && r.DisplayName == displayName && r.ChannelUserId == null, cancellationToken)
                .ConfigureAwait(false);
        if (resident is null)
        {
            resident = new Resident { DisplayName = displayName, CreatedAt = clock.GetUtcNow() };
            db.Residents.Add(resident);
        }

        resident.Channel = who.Channel;
        resident.ChannelUserId = who.UserId;
        resident.HouseholdId = householdId;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private static IQueryable<Row> Project(IQueryable<Household> households) =>
        households.Select(h => new Row(
            new HouseholdMatch(h.Id, h.Unit!.Building!.Compound!.Name, h.Unit.Building.Name, h.Unit.Number, h.Room),
            h.Unit.Building.CompoundId));

    private sealed record Row(HouseholdMatch Match, int CompoundId);
}
