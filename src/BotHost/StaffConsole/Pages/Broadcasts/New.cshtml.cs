using BuildingBot.BotHost.StaffConsole.Broadcasts;
using BuildingBot.Community.Broadcasts;
using BuildingBot.Community.Configuration;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Policies;
using BuildingBot.Scheduling.Synchronisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.StaffConsole.Pages.Broadcasts;

/// <summary>
/// Compose a broadcast: text (previewed as a group message, counted in UTF-8 bytes), targets, and when — now, at a time, or
/// repeating (每周五 18:00 → cron). 预览 checks it with <see cref="BroadcastService"/>; 提交 creates it there, as the admin API does.
/// </summary>
public sealed class NewModel(
    CommunityDbContext db, BroadcastService service, ScheduleSynchronizer synchronizer, CommunityTimeZone zone, TimeProvider clock) : PageModel
{
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public BroadcastTargetKind Targets { get; set; }
    [BindProperty] public List<string> Compounds { get; set; } = [];
    [BindProperty] public List<string> Grids { get; set; } = [];
    [BindProperty] public List<string> Buildings { get; set; } = [];
    [BindProperty] public List<string> Topics { get; set; } = [];
    [BindProperty] public string When { get; set; } = "now";
    [BindProperty] public DateTime? At { get; set; }
    [BindProperty] public string Every { get; set; } = "week";
    [BindProperty] public int Weekday { get; set; } = 5;
    [BindProperty] public int Day { get; set; } = 1;
    [BindProperty] public string Time { get; set; } = "18:00";

    public BroadcastOptionLists Options { get; private set; } = BroadcastOptionLists.Empty;

    public IReadOnlyList<string> Problems { get; private set; } = [];

    /// <summary>After 预览: how many groups it reaches, the repeat in words and its next runs.</summary>
    public int? Groups { get; private set; }

    public string? RepeatWords { get; private set; }

    public IReadOnlyList<string> NextRuns { get; private set; } = [];

    public TimeZoneInfo Zone => zone.Zone;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Options = await BroadcastOptionLists.ReadAsync(db, cancellationToken);

    public async Task OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        Options = await BroadcastOptionLists.ReadAsync(db, cancellationToken);
        var (request, problems) = ReadForm();
        if (request is not null)
        {
            var (groups, found) = await service.CheckAsync(request, cancellationToken);
            Groups = groups;
            problems.AddRange(found);
            if (request.Cron is { } cron)
            {
                RepeatWords = CronWords.Describe(cron);
                NextRuns = [.. CronWords.Next(cron, zone.Zone.Id, clock.GetUtcNow(), 5).Select(n => CronWords.Format(n, Zone))];
            }
        }

        Problems = [.. problems.Select(BroadcastWords.Problem)];
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (request, problems) = ReadForm();
        if (request is not null)
        {
            var (broadcast, _, found) = await service.CreateAsync(request, User.Identity?.Name ?? "console", cancellationToken);
            if (broadcast is not null)
            {
                await synchronizer.SyncAsync(cancellationToken);
                return Redirect($"/console/broadcasts/{broadcast.Id}");
            }

            problems.AddRange(found);
        }

        Options = await BroadcastOptionLists.ReadAsync(db, cancellationToken);
        Problems = [.. problems.Select(BroadcastWords.Problem)];
        return Page();
    }

    /// <summary>The form as the service's request; null with a problem when the time or repeat cannot be read.</summary>
    private (BroadcastRequest? Request, List<string> Problems) ReadForm()
    {
        DateTimeOffset? sendAt = null;
        string? cron = null;
        switch (When)
        {
            case "at" when At is { } local:
                var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
                sendAt = new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified));
                break;
            case "at":
                return (null, ["请选择发送时间。"]);
            case "repeat":
                cron = CronWords.Build(Every, Weekday, Day, Time);
                if (cron is null)
                {
                    return (null, ["请选择重复规则和时间。"]);
                }

                break;
        }

        var codes = Targets switch
        {
            BroadcastTargetKind.Compounds => Compounds,
            BroadcastTargetKind.Grids => Grids,
            BroadcastTargetKind.Buildings => Buildings,
            BroadcastTargetKind.Topics => Topics,
            _ => [],
        };
        return (new BroadcastRequest
        {
            Title = Title, Text = Text, Targets = Targets, Codes = string.Join(',', codes), SendAt = sendAt, Cron = cron,
        }, []);
    }
}
