using BuildingBot.Community.Care;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Places;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Community.Import;

/// <summary>
/// residents.csv's optional care_tags column (独居老人、低保): adds the named tags to the row's household (a tag not
/// known yet is created with its programme interval); removing a tag is done in the console. Files without the column
/// import as before.
/// </summary>
internal sealed class CareTagColumn
{
    public const string Column = "care_tags";

    private readonly CommunityDbContext _db;
    private readonly CareTags _tags;
    private readonly DateTimeOffset _now;
    private readonly HashSet<(int HouseholdId, int TagId)> _existing;

    private CareTagColumn(CommunityDbContext db, DateTimeOffset now, HashSet<(int, int)> existing)
    {
        _db = db;
        _tags = new CareTags(db, TimeProvider.System);
        _now = now;
        _existing = existing;
    }

    public static async Task<CareTagColumn> LoadAsync(CommunityDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = await db.HouseholdCareTags.AsNoTracking().Select(t => new { t.HouseholdId, t.CareTagId })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new CareTagColumn(db, now, existing.Select(t => (t.HouseholdId, t.CareTagId)).ToHashSet());
    }

    public async Task ApplyAsync(CsvRow row, Household household, CancellationToken cancellationToken)
    {
        var names = CareTagDefaults.Split(row.Optional(Column));
        if (names.Count == 0)
        {
            return;
        }

        if (names.Any(n => n.Length > CareTag.NameLength))
        {
            row.Problem(Column, $"has a tag longer than {CareTag.NameLength} characters");
            return;
        }

        foreach (var tag in await _tags.EnsureAsync(names, cancellationToken).ConfigureAwait(false))
        {
            var known = household.Id != 0 && tag.Id != 0 && _existing.Contains((household.Id, tag.Id));
            var staged = _db.HouseholdCareTags.Local.Any(t => (t.Household == household || (household.Id != 0 && t.HouseholdId == household.Id)) && t.CareTag == tag);
            if (!known && !staged)
            {
                _db.HouseholdCareTags.Add(new HouseholdCareTag { Household = household, CareTag = tag, TaggedAt = _now });
            }
        }
    }
}
