using BuildingBot.BotHost.Volunteering;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Volunteering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.StaffConsole.Pages.Activities;

/// <summary>
/// One date of an activity: volunteers in sign-up order, the waiting list and check-ins (names only, no phones; a grid account
/// sees the residents of its grid only), and the check-in QR code to print (<see cref="CheckInQr"/>, as the admin API's qr.png).
/// </summary>
public sealed class OccurrenceModel(CommunityDbContext db) : PageModel
{
    public sealed record Volunteer(string Name, string? Building, bool PartyMember, SignUpStatus Status, int Sequence, DateTimeOffset? CheckedInAt);

    public ActivityOccurrence Occurrence { get; private set; } = null!;

    public IReadOnlyList<Volunteer> Volunteers { get; private set; } = [];

    public string ScopeLabel { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(int occurrenceId, CancellationToken cancellationToken)
    {
        if (await db.ActivityOccurrences.AsNoTracking().Include(o => o.Activity).FirstOrDefaultAsync(o => o.Id == occurrenceId, cancellationToken) is not { } occurrence)
        {
            return NotFound("没有这一次活动。");
        }

        Occurrence = occurrence;
        var scope = await ConsoleScope.OfAsync(User, db, cancellationToken);
        ScopeLabel = scope.Label;
        var signUps = db.VolunteerSignUps.AsNoTracking().Where(s => s.OccurrenceId == occurrenceId);
        if (scope.GridId is { } grid)
        {
            signUps = signUps.Where(s => s.Resident!.Household!.Unit!.Building!.GridId == grid);
        }

        Volunteers = await signUps.OrderBy(s => s.Sequence).Select(s => new Volunteer(
                s.Resident!.DisplayName,
                s.Resident.Household == null ? null : s.Resident.Household.Unit!.Building!.Compound!.Name + s.Resident.Household.Unit.Building.Name,
                s.Resident.IsPartyMember, s.Status, s.Sequence, s.CheckedInAt))
            .ToListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetQrAsync(int occurrenceId, CancellationToken cancellationToken) =>
        await db.ActivityOccurrences.AsNoTracking().Where(o => o.Id == occurrenceId).Select(o => o.CheckInCode).FirstOrDefaultAsync(cancellationToken) is { } code
            ? File(CheckInQr.Png(code), "image/png")
            : NotFound("没有这一次活动。");
}
