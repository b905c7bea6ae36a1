using BuildingBot.Community.Governance;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Places;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.StaffConsole.Pages.Matters;

/// <summary>小区议事: every compound's matters (五议两公开一备案), which compounds have matters waiting to be filed; 社区管理员 enters new ones.</summary>
public sealed class IndexModel(CommunityDbContext db, MatterService matters, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<Compound> Compounds { get; private set; } = [];

    public IReadOnlyList<Matter> Matters { get; private set; } = [];

    public bool CanManage { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanManage = (await authorization.AuthorizeAsync(User, ConsolePolicies.Manage)).Succeeded;
        Compounds = await db.Compounds.AsNoTracking().OrderBy(c => c.Code).ToListAsync(cancellationToken);
        Matters = await db.Matters.AsNoTracking().OrderBy(m => m.CompoundId).ThenByDescending(m => m.Id).ToListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostCreateAsync(int compound, string? text, MatterKind kind, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, ConsolePolicies.Manage)).Succeeded)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (!await db.Compounds.AnyAsync(c => c.Id == compound, cancellationToken))
        {
            return NotFound("没有这个小区。");
        }

        var outcome = await matters.SuggestAsync(compound, text ?? string.Empty, kind, null, User.Identity?.Name ?? "社区", cancellationToken);
        if (outcome.Matter is { } matter)
        {
            return Redirect($"/console/matters/{matter.Number}");
        }

        Error = "议题内容不能为空，也不能超过 1000 字。";
        await OnGetAsync(cancellationToken);
        return Page();
    }
}
