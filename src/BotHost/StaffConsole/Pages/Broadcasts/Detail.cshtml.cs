using BuildingBot.BotHost.Broadcasts;
using BuildingBot.Community.Broadcasts;
using BuildingBot.Community.Configuration;
using BuildingBot.Community.Persistence;
using BuildingBot.Scheduling.Broadcasts;
using BuildingBot.Scheduling.Synchronisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.StaffConsole.Pages.Broadcasts;

/// <summary>
/// One broadcast and each run's delivery report per group, from its outbox rows (<see cref="BroadcastDeliveries"/>, as
/// GET /admin/broadcasts/{id}); 社区管理员 may send it now, retry the failed deliveries or cancel it, through the same services.
/// </summary>
public sealed class DetailModel(
    CommunityDbContext db, BroadcastDeliveries deliveries, BroadcastTargets targets, CommunityTimeZone zone, TimeProvider clock,
    IAuthorizationService authorization) : PageModel
{
    public Broadcast Broadcast { get; private set; } = null!;

    public IReadOnlyList<IGrouping<DateTimeOffset, BroadcastDeliveries.Delivery>> Runs { get; private set; } = [];

    public int Groups { get; private set; }

    public DateTimeOffset? Next { get; private set; }

    public TimeZoneInfo Zone => zone.Zone;

    public string? Message { get; private set; }

    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string? done, CancellationToken cancellationToken)
    {
        Message = done switch
        {
            "sent" => "已开始发送，下面的发送情况会随之更新（刷新页面查看）。",
            "retried" => "已重新排队发送失败的群。",
            "cancelled" => "已取消。",
            _ => null,
        };
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound("没有这条通知。");
    }

    public Task<IActionResult> OnPostSendNowAsync(int id, [FromServices] BroadcastRunner runner, CancellationToken cancellationToken) =>
        ManageAsync(id, async () => (await runner.SendNowAsync(id, cancellationToken)).Problem, "sent", cancellationToken);

    public Task<IActionResult> OnPostRetryAsync(int id, [FromServices] BroadcastRetry retry, CancellationToken cancellationToken) =>
        ManageAsync(id, async () => await retry.RetryFailedAsync(id, cancellationToken) > 0 ? null : "没有发送失败的群。", "retried", cancellationToken);

    public Task<IActionResult> OnPostCancelAsync(
        int id, [FromServices] BroadcastService service, [FromServices] ScheduleSynchronizer synchronizer, CancellationToken cancellationToken) =>
        ManageAsync(id, async () =>
        {
            var problem = await service.CancelAsync(id, cancellationToken);
            if (problem is null)
            {
                await synchronizer.SyncAsync(cancellationToken);
            }

            return problem;
        }, "cancelled", cancellationToken);

    private async Task<IActionResult> ManageAsync(int id, Func<Task<string?>> action, string done, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, ConsolePolicies.Manage)).Succeeded)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (await action() is { } problem)
        {
            Message = problem.StartsWith("Broadcast ", StringComparison.Ordinal) ? "这条通知现在不能这样操作（已发送、已取消，或这一次已提前发出）。" : problem;
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound("没有这条通知。");
        }

        return Redirect($"/console/broadcasts/{id}?done={done}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.Broadcasts.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, cancellationToken) is not { } broadcast)
        {
            return false;
        }

        Broadcast = broadcast;
        CanManage = (await authorization.AuthorizeAsync(User, ConsolePolicies.Manage)).Succeeded;
        Groups = (await targets.ResolveAsync(broadcast.TargetKind, broadcast.TargetCodes, cancellationToken)).Groups.Count;
        Next = broadcast.Status == BroadcastStatus.Scheduled ? BroadcastSchedule.Next(broadcast, clock.GetUtcNow()) : null;
        Runs = [.. (await deliveries.OfAsync(id, cancellationToken)).GroupBy(d => d.Occurrence).OrderByDescending(g => g.Key)];
        return true;
    }
}
