using System.Globalization;
using BuildingBot.Community.Configuration;
using BuildingBot.Community.Governance;
using BuildingBot.Community.Persistence;
using BuildingBot.Dialogs.Governance;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.StaffConsole.Pages.Matters;

/// <summary>
/// One matter: its stages, the counts of its vote (counts only: nobody sees who voted how), and for 社区管理员 the next
/// step — record 提议 / 商议 / 审议, open the vote, close it at the deadline, publish the resolution and the result, file it.
/// </summary>
public sealed class DetailModel(
    CommunityDbContext db, MatterService matters, CommunityTimeZone zone, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    public Matter Matter { get; private set; } = null!;

    public string Compound { get; private set; } = string.Empty;

    public VoteTally? Tally { get; private set; }

    public bool CanManage { get; private set; }

    public string? Error { get; private set; }

    public CommunityTimeZone Zone => zone;

    public DateOnly Today => zone.Today(clock.GetUtcNow());

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken cancellationToken)
    {
        if (await db.Matters.AsNoTracking().Include(m => m.Steps).Include(m => m.Compound)
                .FirstOrDefaultAsync(m => m.Number == number, cancellationToken) is not { } matter)
        {
            return NotFound("没有这个议题。");
        }

        Matter = matter;
        Compound = matter.Compound!.Name;
        Tally = matter.Result ?? (matter.Status == MatterStatus.Voting ? await matters.TallyAsync(matter, cancellationToken) : null);
        CanManage = (await authorization.AuthorizeAsync(User, ConsolePolicies.Manage)).Succeeded;
        return Page();
    }

    public Task<IActionResult> OnPostStageAsync(
        string number, MatterStage stage, DateOnly date, string? minutes, string? attachments, StageOutcome outcome, string? note, CancellationToken cancellationToken) =>
        ActAsync(number, () => matters.RecordStageAsync(number, new MatterStep
        {
            Stage = stage, Date = date, Minutes = minutes?.Trim() ?? string.Empty, Attachments = attachments?.Trim() ?? string.Empty,
            Outcome = outcome, Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(), RecordedBy = Staff,
        }, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostOpenVoteAsync(string number, string? deadline, CancellationToken cancellationToken) =>
        ActAsync(number, () => DateTime.TryParse(deadline, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? matters.OpenVoteAsync(number, new DateTimeOffset(local, zone.Zone.GetUtcOffset(local)), cancellationToken)
            : Task.FromResult(new MatterOutcome(null, MatterRefusal.BadDeadline)), cancellationToken);

    public Task<IActionResult> OnPostCloseVoteAsync(string number, CancellationToken cancellationToken) =>
        ActAsync(number, () => matters.CloseVoteAsync(number, Staff, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(string number, CancellationToken cancellationToken) =>
        ActAsync(number, () => matters.PublishResolutionAsync(number, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostImplementationAsync(string number, string? result, CancellationToken cancellationToken) =>
        ActAsync(number, () => matters.PublishImplementationAsync(number, result ?? string.Empty, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostFileAsync(string number, CancellationToken cancellationToken) =>
        ActAsync(number, () => matters.FileAsync(number, Staff, cancellationToken), cancellationToken);

    private string Staff => User.Identity?.Name ?? "社区";

    private async Task<IActionResult> ActAsync(string number, Func<Task<MatterOutcome>> act, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, ConsolePolicies.Manage)).Succeeded)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var outcome = await act();
        if (outcome.Refusal is null)
        {
            return Redirect($"/console/matters/{number}");
        }

        db.ChangeTracker.Clear();
        var page = await OnGetAsync(number, cancellationToken);
        Error = outcome.Refusal.Value.Chinese();
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return page;
    }
}
