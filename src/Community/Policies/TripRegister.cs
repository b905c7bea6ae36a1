using BuildingBot.Community.Persistence;
using BuildingBot.Community.Regions;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Community.Policies;

/// <summary>出行登记: residents' trips, and which of them a policy change concerns.</summary>
public sealed class TripRegister(CommunityDbContext db, RegionDirectory regions, TimeProvider clock)
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

    /// <summary>Trips to the policy's region or any place inside it that overlap the version's window.</summary>
    public async Task<IReadOnlyList<Trip>> TripsAffectedByAsync(Policy policy, PolicyVersion version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(version);
        var trips = await db.Trips.AsNoTracking().Include(t => t.Resident).ToListAsync(cancellationToken).ConfigureAwait(false);
        return trips.Where(t => t.To >= version.EffectiveFrom && (version.EffectiveTo is null || t.From <= version.EffectiveTo)
                && regions.Find(t.RegionCode) is { } place && regions.WithAncestors(place).Any(r => r.Code == policy.RegionCode))
            .ToList();
    }
}
