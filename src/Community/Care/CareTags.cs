using BuildingBot.Community.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Community.Care;

/// <summary>
/// The care tags: a name not known yet is created with its programme interval (<see cref="CareTagDefaults"/>), and a
/// household's tags are replaced as a whole (a kept tag keeps the day it was first set).
/// </summary>
public sealed class CareTags(CommunityDbContext db, TimeProvider clock)
{
    /// <summary>The tags of these names, created (tracked, not saved) where missing.</summary>
    public async Task<IReadOnlyList<CareTag>> EnsureAsync(IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(names);
        var known = await db.CareTags.Where(t => names.Contains(t.Name)).ToListAsync(cancellationToken).ConfigureAwait(false);
        known.AddRange(db.CareTags.Local.Where(t => t.Id == 0 && names.Contains(t.Name) && !known.Contains(t)));
        foreach (var name in names.Where(n => known.All(t => t.Name != n)))
        {
            var tag = new CareTag { Name = name, VisitIntervalDays = CareTagDefaults.Days.GetValueOrDefault(name, CareTagDefaults.OtherDays) };
            db.CareTags.Add(tag);
            known.Add(tag);
        }

        return names.Select(n => known.First(t => t.Name == n)).ToList();
    }

    /// <summary>Replaces the household's tags; returns the names before and after (for the audit), or null if there is no such household.</summary>
    public async Task<(string Before, string After)?> SetAsync(int householdId, IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        if (!await db.Households.AnyAsync(h => h.Id == householdId, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var current = await db.HouseholdCareTags.Include(t => t.CareTag).Where(t => t.HouseholdId == householdId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var before = string.Join('、', current.Select(t => t.CareTag!.Name).Order(StringComparer.Ordinal));
        var wanted = await EnsureAsync(names, cancellationToken).ConfigureAwait(false);
        db.HouseholdCareTags.RemoveRange(current.Where(t => wanted.All(w => w.Name != t.CareTag!.Name)));
        foreach (var tag in wanted.Where(w => current.All(t => t.CareTag!.Name != w.Name)))
        {
            db.HouseholdCareTags.Add(new HouseholdCareTag { HouseholdId = householdId, CareTag = tag, TaggedAt = clock.GetUtcNow() });
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (before, string.Join('、', wanted.Select(t => t.Name).Order(StringComparer.Ordinal)));
    }

    /// <summary>Sets a tag's visit interval (1–365 days); false if there is no such tag or the days are out of range.</summary>
    public async Task<bool> SetIntervalAsync(int tagId, int days, CancellationToken cancellationToken) =>
        days is >= 1 and <= 365 && await db.CareTags.Where(t => t.Id == tagId)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.VisitIntervalDays, days), cancellationToken).ConfigureAwait(false) == 1;
}
