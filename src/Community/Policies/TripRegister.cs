using BuildingBot.Community.Configuration;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Regions;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Community.Policies;

/// <summary>出行登记: residents' trips, and which of them a policy change concerns.</summary>
public sealed class TripRegister(CommunityDbContext db, RegionDirectory regions, TimeProvider clock, CommunityTimeZone timeZone)
{
    /// <summary>Registers a trip (出行登记); the dates must be in order.</summary>
    public async Task<Trip?> RegisterTripAsync(int residentId, Region region, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        if (to < from)
        {
            return null;
        }

        var trip = new Trip { ResidentId = residentId, RegionCode = region.Code, From = from, To = to, CreatedAt = clock.GetUtcNow() };
        db.Trips.Add(trip);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return trip;
    }

    /// <summary>
    /// Trips not yet over, to the policy's region or any place inside it, that overlap the version's window.
    /// GB/T 2260 codes nest by prefix (3301 in 33), so the database narrows by prefix and dates first.
    /// </summary>
    public async Task<IReadOnlyList<Trip>> TripsAffectedByAsync(Policy policy, PolicyVersion version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(version);
        var today = Today();
        var from = version.EffectiveFrom;
        var to = version.EffectiveTo;
        var prefix = policy.RegionCode == Region.National.Code ? string.Empty : policy.RegionCode;
        var trips = await db.Trips.AsNoTracking().Include(t => t.Resident)
            .Where(t => t.To >= today && t.To >= from && (to == null || t.From <= to) && t.RegionCode.StartsWith(prefix))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return trips.Where(t => regions.Find(t.RegionCode) is { } place && regions.WithAncestors(place).Any(r => r.Code == policy.RegionCode)).ToList();
    }

    /// <summary>A resident's trips that are not over yet, soonest first.</summary>
    public async Task<IReadOnlyList<Trip>> UpcomingAsync(int residentId, CancellationToken cancellationToken)
    {
        var today = Today();
        var trips = await db.Trips.AsNoTracking().Where(t => t.ResidentId == residentId && t.To >= today)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. trips.OrderBy(t => t.From).ThenBy(t => t.Id)];
    }

    /// <summary>Removes one of the resident's own trips; false when it is not theirs or already gone.</summary>
    public async Task<bool> CancelAsync(int residentId, int tripId, CancellationToken cancellationToken) =>
        await db.Trips.Where(t => t.Id == tripId && t.ResidentId == residentId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false) > 0;

    private DateOnly Today() => timeZone.Today(clock.GetUtcNow());
}
