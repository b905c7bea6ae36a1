using BuildingBot.Community.Configuration;
using BuildingBot.Community.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Community.Party;

/// <summary>
/// The monthly record of registered 在职党员 (双报到): hours are the durations of the volunteer days they checked in at
/// (签到) that month, in the community's time zone, and the 邻里互助 helps credited to them that month (the same 时间银行
/// ledger); every registration is listed, confirmed or not, in a grid's buildings when a grid is given.
/// </summary>
public sealed class PartyServiceRecord(CommunityDbContext db, CommunityTimeZone zone)
{
    public async Task<IReadOnlyList<PartyServiceRow>> MonthAsync(int year, int month, int? gridId, CancellationToken cancellationToken)
    {
        var first = new DateOnly(year, month, 1);
        var start = Start(first);
        var end = Start(first.AddMonths(1));
        var members = await db.PartyMemberRegistrations.AsNoTracking()
            .Where(r => gridId == null || r.Resident!.Household!.Unit!.Building!.GridId == gridId)
            .Select(r => new
            {
                r.Id, r.ResidentId, r.Resident!.DisplayName, r.WorkplaceBranch, r.Post, r.ConfirmedAt,
                Compound = r.Resident.Household == null ? "" : r.Resident.Household.Unit!.Building!.Compound!.Name,
                Building = r.Resident.Household == null ? "" : r.Resident.Household.Unit!.Building!.Name,
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var residents = members.Select(m => m.ResidentId).ToList();
        var attended = await (
            from s in db.VolunteerSignUps.AsNoTracking()
            join o in db.ActivityOccurrences.AsNoTracking() on s.OccurrenceId equals o.Id
            where residents.Contains(s.ResidentId) && s.CheckedInAt != null && o.StartsAt >= start && o.StartsAt < end
            select new { s.ResidentId, o.StartsAt, o.Activity!.Title, o.Activity.Duration })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var helped = await (
            from c in db.VolunteerCredits.AsNoTracking()
            join p in db.HelpPosts.AsNoTracking() on c.HelpPostId equals p.Id
            where residents.Contains(c.ResidentId) && c.CreditedAt >= start && c.CreditedAt < end
            select new { c.ResidentId, c.CreditedAt, p.Number, c.Hours })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        attended.AddRange(helped.Select(h => new { h.ResidentId, StartsAt = h.CreditedAt, Title = $"邻里互助 {h.Number}", Duration = TimeSpan.FromHours(h.Hours) }));

        return members.OrderBy(m => m.Compound, StringComparer.Ordinal).ThenBy(m => m.Id).Select(m =>
        {
            var mine = attended.Where(a => a.ResidentId == m.ResidentId).OrderBy(a => a.StartsAt).ToList();
            return new PartyServiceRow(m.Id, m.DisplayName, m.Compound, m.Building, m.WorkplaceBranch, m.Post, m.ConfirmedAt is not null,
                mine.Sum(a => a.Duration.TotalHours), [.. mine.Select(a => $"{zone.Local(a.StartsAt):M月d日} {a.Title}")]);
        }).ToList();
    }

    private DateTimeOffset Start(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.Zone.GetUtcOffset(local));
    }
}
