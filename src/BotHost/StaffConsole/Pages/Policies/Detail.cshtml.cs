using BuildingBot.BotHost.StaffConsole.Audit;
using BuildingBot.BotHost.StaffConsole.Policies;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Policies;
using BuildingBot.Community.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.StaffConsole.Pages.Policies;

/// <summary>
/// One policy and its versions. 社区管理员 may write a new version with its window: 预览 shows who would be told (groups and
/// residents, by <see cref="PolicyAudience"/>, as the push notifier will count them), 确认发布 publishes it through
/// <see cref="PolicyBook.EditAsync"/> as PUT /admin/policies/{id} does (the version and its notices in one save, via the
/// outbox); 停用 retires the policy as DELETE does. Every change is described to the audit log.
/// </summary>
public sealed class DetailModel(CommunityDbContext db, PolicyBook book, PolicyAudience audience, RegionDirectory regions, IAuthorizationService authorization, AuditTrail audit)
    : PageModel
{
    [BindProperty] public PolicyTopic Topic { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Body { get; set; }
    [BindProperty] public DateOnly? EffectiveFrom { get; set; }
    [BindProperty] public DateOnly? EffectiveTo { get; set; }
    [BindProperty] public string? SourceIssuer { get; set; }
    [BindProperty] public string? SourceUrl { get; set; }
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }

    public Policy Policy { get; private set; } = null!;

    public string RegionName { get; private set; } = string.Empty;

    public bool CanManage { get; private set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    /// <summary>Who the previewed version would reach; null until 预览.</summary>
    public (int Residents, IReadOnlyList<string> Groups)? Audience { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound("没有这条政策。");
        }

        var latest = Policy.Versions.MaxBy(v => v.Number)!;
        (Topic, Title, Body, EffectiveFrom, EffectiveTo, SourceIssuer, SourceUrl) =
            (Policy.Topic, latest.Title, latest.Body, latest.EffectiveFrom, latest.EffectiveTo, latest.SourceIssuer, latest.SourceUrl);
        return Page();
    }

    public Task<IActionResult> OnPostPreviewAsync(int id, CancellationToken cancellationToken) => ManageAsync(id, async () =>
    {
        Problems = [.. book.Check([new PolicyCsvRow(1, Draft())], []).Select(p => PolicyWords.Problem(p.Reason))];
        if (Problems.Count == 0)
        {
            var draft = new Policy { Id = Policy.Id, RegionCode = Policy.RegionCode, Topic = Topic, IsExample = Policy.IsExample };
            var version = new PolicyVersion
            {
                Number = Policy.Versions.Max(v => v.Number) + 1, Title = Title!, Body = Body!, EffectiveFrom = EffectiveFrom!.Value,
                EffectiveTo = EffectiveTo, SourceIssuer = SourceIssuer!,
            };
            var (residents, groups) = await audience.OfAsync(draft, version, cancellationToken);
            Audience = (residents.Count, [.. groups.Select(g => g.Name)]);
            audit.Describe("预览政策通知范围", Target(), after: Told(residents.Count, groups.Count));
        }

        return Page();
    }, cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(int id, CancellationToken cancellationToken) => ManageAsync(id, async () =>
    {
        var before = Version(Policy.Versions.MaxBy(v => v.Number)!);
        var (policy, problems) = await book.EditAsync(id, Draft(), cancellationToken);
        if (policy is null || problems.Count > 0)
        {
            Problems = [.. problems.Select(PolicyWords.Problem)];
            return Page();
        }

        var published = policy.Versions.MaxBy(v => v.Number)!;
        var told = await db.OutboxMessages.CountAsync(m => m.IdempotencyKey.StartsWith(PolicyNotificationKeys.Prefix(id, published.Number)), cancellationToken);
        audit.Describe("发布政策新版本", Target(), before, $"{Version(published)}；通知 {told} 条");
        return Redirect($"/console/policies/{id}?done=published");
    }, cancellationToken);

    public Task<IActionResult> OnPostRetireAsync(int id, CancellationToken cancellationToken) => ManageAsync(id, async () =>
    {
        if (!await book.RetireAsync(id, cancellationToken))
        {
            Problems = [PolicyWords.Problem($"No active policy {id}.")];
            return Page();
        }

        audit.Describe("停用政策", Target(), "在用", "已停用");
        return Redirect($"/console/policies/{id}?done=retired");
    }, cancellationToken);

    private async Task<IActionResult> ManageAsync(int id, Func<Task<IActionResult>> action, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, ConsolePolicies.Manage)).Succeeded)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        return !await LoadAsync(id, cancellationToken) ? NotFound("没有这条政策。") : await action();
    }

    private PolicyRequest Draft() => new()
    {
        RegionCode = Policy.RegionCode, Topic = Topic, Title = Title, Body = Body, EffectiveFrom = EffectiveFrom, EffectiveTo = EffectiveTo,
        SourceIssuer = SourceIssuer, SourceUrl = string.IsNullOrWhiteSpace(SourceUrl) ? null : SourceUrl.Trim(),
    };

    private string Target() => $"政策 #{Policy.Id}《{Policy.Versions.MaxBy(v => v.Number)!.Title}》";

    private static string Version(PolicyVersion v) => $"第{v.Number}版《{v.Title}》{PolicyWords.Window(v.EffectiveFrom, v.EffectiveTo)}";

    private static string Told(int residents, int groups) => $"将通知 {groups} 个楼栋群、{residents} 位居民";

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.Policies.AsNoTracking().Include(p => p.Versions).FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } policy
            || policy.Versions.Count == 0)
        {
            return false;
        }

        Policy = policy;
        RegionName = regions.Find(policy.RegionCode)?.Name ?? policy.RegionCode;
        CanManage = !policy.Retired && (await authorization.AuthorizeAsync(User, ConsolePolicies.Manage)).Succeeded;
        return true;
    }
}
