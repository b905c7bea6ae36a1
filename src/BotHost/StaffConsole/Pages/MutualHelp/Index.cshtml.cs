using BuildingBot.BotHost.StaffConsole.Audit;
using BuildingBot.Community.MutualHelp;
using BuildingBot.Community.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BuildingBot.BotHost.StaffConsole.Pages.MutualHelp;

/// <summary>
/// 邻里互助: per compound how many posts are open, matched, done and expired, and the reported (hidden) posts with their
/// reasons, each restored or removed here (audited). Scoped like the rest: a grid account sees its grid's compounds.
/// </summary>
public sealed class IndexModel(CommunityDbContext db, HelpDesk desk, HelpService help, AuditTrail audit) : PageModel
{
    internal ConsoleScope Scope { get; private set; } = null!;

    public IReadOnlyList<HelpDesk.CompoundCounts> Counts { get; private set; } = [];

    public IReadOnlyList<HelpDesk.Reported> Reported { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostRestoreAsync(int postId, CancellationToken cancellationToken) => ReviewAsync(postId, restore: true, cancellationToken);

    public Task<IActionResult> OnPostRemoveAsync(int postId, CancellationToken cancellationToken) => ReviewAsync(postId, restore: false, cancellationToken);

    private async Task<IActionResult> ReviewAsync(int postId, bool restore, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!Scope.MayAct)
        {
            return Forbid();
        }

        var row = Reported.FirstOrDefault(r => r.PostId == postId);
        if (row is null)
        {
            return NotFound();
        }

        var outcome = await help.ReviewAsync(postId, restore, User.Identity?.Name ?? "管理员", cancellationToken);
        if (outcome.Refusal is not null)
        {
            return StatusCode(StatusCodes.Status422UnprocessableEntity);
        }

        audit.Describe(restore ? "恢复被举报的互助信息" : "删除被举报的互助信息", $"{row.Compound} {row.Number}「{row.What}」", "已隐藏",
            restore ? "已恢复" : "已删除");
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Scope = await ConsoleScope.OfAsync(User, db, cancellationToken);
        Counts = await desk.CountsAsync(Scope.GridId, cancellationToken);
        Reported = await desk.ReportedAsync(Scope.GridId, cancellationToken);
    }
}
