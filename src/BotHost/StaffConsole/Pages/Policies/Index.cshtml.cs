using BuildingBot.Community.Persistence;
using BuildingBot.Community.Policies;
using BuildingBot.Community.Regions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.StaffConsole.Pages.Policies;

/// <summary>
/// 政策库: the policies with their newest version, searched by title or text and filtered by topic (retired ones on
/// request), and which building groups follow which topics — as GET /admin/policies and /admin/policy-subscriptions.
/// </summary>
public sealed class IndexModel(CommunityDbContext db, RegionDirectory regions) : PageModel
{
    public const int Listed = 300;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    [BindProperty(SupportsGet = true)] public PolicyTopic? Topic { get; set; }

    [BindProperty(SupportsGet = true)] public bool Retired { get; set; }

    public sealed record Row(int Id, string Region, PolicyTopic Topic, bool Retired, bool IsExample, PolicyVersion Latest);

    public IReadOnlyList<Row> Policies { get; private set; } = [];

    /// <summary>Per topic, the names of the groups that follow it.</summary>
    public IReadOnlyList<(PolicyTopic Topic, IReadOnlyList<string> Groups)> Followers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var q = Q?.Trim() ?? string.Empty;
        var query = db.Policies.AsNoTracking().Include(p => p.Versions).Where(p => Retired || !p.Retired);
        if (Topic is { } topic)
        {
            query = query.Where(p => p.Topic == topic);
        }

        if (q.Length > 0)
        {
            query = query.Where(p => p.Versions.Any(v => v.Title.Contains(q) || v.Body.Contains(q) || v.SourceIssuer.Contains(q)));
        }

        var policies = await query.OrderBy(p => p.Retired).ThenByDescending(p => p.Id).Take(Listed).ToListAsync(cancellationToken);
        Policies = [.. policies.Where(p => p.Versions.Count > 0).Select(p => new Row(
            p.Id, regions.Find(p.RegionCode)?.Name ?? p.RegionCode, p.Topic, p.Retired, p.IsExample, p.Versions.MaxBy(v => v.Number)!))];
        var follows = await db.TopicSubscriptions.AsNoTracking().OrderBy(s => s.BuildingGroup!.Name)
            .Select(s => new { s.Topic, s.BuildingGroup!.Name }).ToListAsync(cancellationToken);
        Followers = [.. Enum.GetValues<PolicyTopic>()
            .Select(t => (t, (IReadOnlyList<string>)[.. follows.Where(f => f.Topic == t).Select(f => f.Name)]))];
    }
}
