using BuildingBot.Community.Governance;
using BuildingBot.Community.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.StaffConsole.Pages.Disclosure;

/// <summary>两公开: a compound's published decisions for anyone, without signing in: counts and results, no names, no rooms, no ballots.</summary>
public sealed class DecisionsModel(CommunityDbContext db) : PageModel
{
    public string CompoundName { get; private set; } = string.Empty;

    public IReadOnlyList<Matter> Matters { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var compound = await db.Compounds.AsNoTracking().FirstOrDefaultAsync(c => c.Code == code, cancellationToken);
        if (compound is null)
        {
            return NotFound("没有这个小区。");
        }

        CompoundName = compound.Name;
        var published = await db.Matters.AsNoTracking().Include(m => m.Steps)
            .Where(m => m.CompoundId == compound.Id && m.ResolutionPublishedAt != null).ToListAsync(cancellationToken);
        Matters = [.. published.OrderByDescending(m => m.Id)];
        return Page();
    }
}
