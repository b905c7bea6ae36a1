using BuildingBot.BotHost.StaffConsole.Matters;
using BuildingBot.BotHost.StaffConsole.Reports;
using BuildingBot.Community.Configuration;
using BuildingBot.Community.Governance;
using BuildingBot.Community.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.StaffConsole.Pages.Matters;

/// <summary>一备案: a matter's filing record as a printable page, and (handler Xlsx) as .xlsx.</summary>
public sealed class FilingModel(CommunityDbContext db, CommunityTimeZone zone) : PageModel
{
    public Matter Matter { get; private set; } = null!;

    public IReadOnlyList<(string Name, string Value)> Facts { get; private set; } = [];

    public IReadOnlyList<IReadOnlyList<object?>> Stages { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken cancellationToken)
    {
        if (await LoadAsync(number, cancellationToken) is not { } compound)
        {
            return NotFound("没有这个议题。");
        }

        Facts = MatterFiling.Facts(Matter, compound, zone);
        Stages = [.. MatterFiling.Stages(Matter)];
        return Page();
    }

    public async Task<IActionResult> OnGetXlsxAsync(string number, CancellationToken cancellationToken) =>
        await LoadAsync(number, cancellationToken) is { } compound
            ? await ReportFile.OfAsync("xlsx", $"备案-{Matter.Number}", MatterFiling.Sheets(Matter, compound, zone), cancellationToken)
            : NotFound("没有这个议题。");

    private async Task<string?> LoadAsync(string number, CancellationToken cancellationToken)
    {
        var matter = await db.Matters.AsNoTracking().Include(m => m.Steps).Include(m => m.Compound)
            .FirstOrDefaultAsync(m => m.Number == number, cancellationToken);
        if (matter is null)
        {
            return null;
        }

        Matter = matter;
        return matter.Compound!.Name;
    }
}
