using BuildingBot.Community.Categories;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Community.Care;

/// <summary>
/// 走访 3-2-501 …: records a grid member's visit to a household of their grid (which restarts its interval), and
/// 转工单 turns the note of their last visit, within the hour, into a work order (its category and urgency read from the note by
/// the caller) through <see cref="WorkOrderService"/>.
/// </summary>
public sealed class CareVisits(CommunityDbContext db, VisitPlanner planner, WorkOrderService orders, TimeProvider clock)
{
    /// <summary>How long after a visit 转工单 still means that visit.</summary>
    public static readonly TimeSpan ConvertWindow = TimeSpan.FromHours(1);

    public async Task<CareVisitOutcome> RecordAsync(
        int memberId, string building, int? unit, string room, string note, string sourceKey, CancellationToken cancellationToken)
    {
        var member = await db.GridMembers.AsNoTracking().FirstOrDefaultAsync(m => m.Id == memberId, cancellationToken).ConfigureAwait(false);
        if (member is null)
        {
            return CareVisitOutcome.Fail(CareVisitRefusal.NotAVisitor);
        }

        var households = await db.Households.AsNoTracking()
            .Where(h => h.Room == room && h.Unit!.Building!.Code == building && h.Unit.Building.GridId == member.GridId && (unit == null || h.Unit.Number == unit))
            .Select(h => h.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (households.Count != 1)
        {
            return CareVisitOutcome.Fail(households.Count == 0 ? CareVisitRefusal.HouseholdNotFound : CareVisitRefusal.Ambiguous);
        }

        var visit = await db.CareVisits.AsNoTracking().FirstOrDefaultAsync(v => v.SourceKey == sourceKey, cancellationToken).ConfigureAwait(false);
        if (visit is null)
        {
            visit = new CareVisit
            {
                SourceKey = sourceKey, HouseholdId = households[0], GridMemberId = memberId, VisitedAt = clock.GetUtcNow(),
                Note = note.Length > CareVisit.NoteLength ? note[..CareVisit.NoteLength] : note,
            };
            db.CareVisits.Add(visit);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        var plan = (await planner.PlanAsync(member.GridId, cancellationToken).ConfigureAwait(false)).FirstOrDefault(p => p.HouseholdId == visit.HouseholdId);
        return new CareVisitOutcome(visit, plan, null);
    }

    /// <summary>转工单: the member's last visit of the hour becomes an order of the given category, once.</summary>
    public async Task<CareVisitOutcome> ToWorkOrderAsync(
        int memberId, string memberName, Func<string, (ProblemCategory Category, Urgency Urgency)> classify, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(classify);
        var since = clock.GetUtcNow() - ConvertWindow;
        var last = await db.CareVisits.AsNoTracking().Where(v => v.GridMemberId == memberId && v.VisitedAt >= since)
            .OrderByDescending(v => v.VisitedAt).ThenByDescending(v => v.Id)
            .Select(v => new { Visit = v, v.Household!.Unit!.BuildingId, v.Household.Room }).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (last is null)
        {
            return CareVisitOutcome.Fail(CareVisitRefusal.NoRecentVisit);
        }

        if (last.Visit.WorkOrderId is not null)
        {
            return CareVisitOutcome.Fail(CareVisitRefusal.AlreadyAnOrder);
        }

        var (category, urgency) = classify(last.Visit.Note);
        var outcome = await orders.CreateAsync(new NewWorkOrder
        {
            // The visit, not the message, is the source: a second 转工单 for the same visit finds the same order.
            SourceKey = $"visit:{last.Visit.Id}", BuildingId = last.BuildingId, Room = last.Room, Category = category, Urgency = urgency,
            Description = last.Visit.Note, Actor = WorkOrderActor.Member(memberId, memberName),
        }, cancellationToken).ConfigureAwait(false);
        if (outcome is { Succeeded: true, Order: { } order })
        {
            await db.CareVisits.Where(v => v.Id == last.Visit.Id).ExecuteUpdateAsync(s => s.SetProperty(v => v.WorkOrderId, order.Id), cancellationToken)
                .ConfigureAwait(false);
        }

        return new CareVisitOutcome(last.Visit, null, null) { Order = outcome };
    }
}
