using BuildingBot.Community.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuildingBot.Community.WorkOrders;

/// <summary>
/// The staff desk's changes that the chat has no command for: transfer to a member chosen by id, close as a duplicate
/// (the duplicate's reporters join the original), and notes. The order decides (<see cref="WorkOrder"/>'s methods);
/// <see cref="WorkOrderWriter"/> saves.
/// </summary>
public sealed class WorkOrderDesk(WorkOrderWriter writer, IOptions<WorkOrderOptions> options)
{
    /// <summary>转派 to the member with <paramref name="memberId"/>: by an admin, the assignee or the order's grid leader.</summary>
    public Task<WorkOrderOutcome> TransferToAsync(
        int orderId, WorkOrderActor actor, int memberId, string reason, string? actionKey, CancellationToken cancellationToken) =>
        writer.ChangeAsync(orderId, actionKey, async (order, now) =>
        {
            var target = await writer.Db.GridMembers.AsNoTracking().Where(m => m.Id == memberId)
                .Select(m => new WorkOrderCandidate(m.Id, m.Name, m.GridId)).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (target is null)
            {
                return new WorkOrderRefusal(WorkOrderRefusalKind.NoSuchMember, order.Number);
            }

            var leads = await LeadsAsync(actor, order.GridId, cancellationToken).ConfigureAwait(false);
            return order.Transfer(actor, leads, target.Name, [target], reason, options.Value, now);
        }, cancellationToken);

    /// <summary>Closes the order as a duplicate of <paramref name="originalNumber"/>; its reporters become co-reporters there.</summary>
    public async Task<WorkOrderOutcome> CloseAsDuplicateAsync(
        int orderId, WorkOrderActor actor, string originalNumber, string reason, string? actionKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(originalNumber);
        var wanted = originalNumber.Trim().ToUpperInvariant();
        var original = await writer.Db.WorkOrders.AsNoTracking().FirstOrDefaultAsync(o => o.Number == wanted, cancellationToken).ConfigureAwait(false);
        var outcome = await writer.ChangeAsync(orderId, actionKey, async (order, now) =>
        {
            var leads = await LeadsAsync(actor, order.GridId, cancellationToken).ConfigureAwait(false);
            return order.CloseAsDuplicate(actor, leads, originalNumber.Trim(), original, reason, now);
        }, cancellationToken).ConfigureAwait(false);
        if (outcome.Succeeded && !outcome.Replayed && original is not null)
        {
            foreach (var reporter in outcome.Order!.Reporters.Where(r => r.Resident is not null))
            {
                // A reporter who already is one there is refused (AlreadyReporter): nothing to do.
                await writer.ChangeAsync(original.Id, $"merge:{outcome.Order.Number}:{reporter.ResidentId}", (target, at) =>
                    Task.FromResult(target.AddCoReporter(WorkOrderActor.Resident(reporter.ResidentId, reporter.Resident!.DisplayName), at)),
                    cancellationToken).ConfigureAwait(false);
            }
        }

        return outcome;
    }

    /// <summary>备注 by staff.</summary>
    public Task<WorkOrderOutcome> AddNoteAsync(int orderId, WorkOrderActor actor, string note, string? actionKey, CancellationToken cancellationToken) =>
        writer.ChangeAsync(orderId, actionKey, (order, now) => Task.FromResult(order.AddNote(actor, note, now)), cancellationToken);

    /// <summary>An admin counts as leading every grid; a member leads the order's grid when they are its 网格长.</summary>
    private async Task<bool> LeadsAsync(WorkOrderActor actor, int? gridId, CancellationToken cancellationToken) =>
        actor.Kind == WorkOrderActorKind.Admin
        || await writer.Db.GridMembers.AnyAsync(m => m.Id == actor.Id && m.GridId == gridId && m.Role == GridMemberRole.GridLeader, cancellationToken)
            .ConfigureAwait(false);
}
