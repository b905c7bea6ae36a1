using BuildingBot.Community.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Community.MutualHelp;

/// <summary>
/// What staff see of 邻里互助: per compound how many posts are open, matched, done and expired, and the reported posts
/// waiting for review with their reasons; of a grid's compounds when a grid is given.
/// </summary>
public sealed class HelpDesk(CommunityDbContext db)
{
    public sealed record CompoundCounts(string Compound, int Open, int Matched, int Done, int Expired);

    public sealed record Reported(int PostId, string Number, string Compound, HelpKind Kind, string What, IReadOnlyList<string> Reasons, DateTimeOffset ReportedAt);

    public async Task<IReadOnlyList<CompoundCounts>> CountsAsync(int? gridId, CancellationToken cancellationToken)
    {
        var rows = await Posts(gridId).GroupBy(p => new { p.CompoundId, p.Status }).Select(g => new { g.Key.CompoundId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var names = await db.Compounds.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken).ConfigureAwait(false);
        return [.. rows.GroupBy(r => r.CompoundId).Select(g =>
            {
                int Of(HelpStatus status) => g.Where(r => r.Status == status).Sum(r => r.Count);
                return new CompoundCounts(names.GetValueOrDefault(g.Key, "?"), Of(HelpStatus.Open), Of(HelpStatus.Matched), Of(HelpStatus.Done), Of(HelpStatus.Expired));
            }).OrderBy(c => c.Compound, StringComparer.Ordinal)];
    }

    /// <summary>Hidden posts waiting for review, oldest report first.</summary>
    public async Task<IReadOnlyList<Reported>> ReportedAsync(int? gridId, CancellationToken cancellationToken)
    {
        var posts = await Posts(gridId).Where(p => p.Status == HelpStatus.Hidden)
            .Join(db.Compounds, p => p.CompoundId, c => c.Id, (p, c) => new { p.Id, p.Number, Compound = c.Name, p.Kind, p.What })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = posts.Select(p => p.Id).ToList();
        var reports = await db.HelpReports.AsNoTracking().Where(r => ids.Contains(r.PostId) && r.ReviewedAt == null)
            .Select(r => new { r.PostId, r.Reason, r.ReportedAt }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. posts.Select(p =>
            {
                var mine = reports.Where(r => r.PostId == p.Id).OrderBy(r => r.ReportedAt).ToList();
                return new Reported(p.Id, p.Number, p.Compound, p.Kind, p.What, [.. mine.Select(r => r.Reason)], mine.Select(r => r.ReportedAt).FirstOrDefault());
            }).OrderBy(r => r.ReportedAt)];
    }

    /// <summary>Whether the post lies within the grid's compounds (any post when no grid is given).</summary>
    public Task<bool> InScopeAsync(int postId, int? gridId, CancellationToken cancellationToken) =>
        Posts(gridId).AnyAsync(p => p.Id == postId, cancellationToken);

    private IQueryable<HelpPost> Posts(int? gridId) =>
        gridId is { } grid
            ? db.HelpPosts.AsNoTracking().Where(p => db.Buildings.Any(b => b.CompoundId == p.CompoundId && b.GridId == grid))
            : db.HelpPosts.AsNoTracking();
}
