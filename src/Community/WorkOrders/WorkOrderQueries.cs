using BuildingBot.Community.Categories;
using BuildingBot.Community.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuildingBot.Community.WorkOrders;

/// <summary>Finding orders: by number (full or the short daily number), a member's queue, a reporter's orders, likely duplicates.</summary>
public sealed class WorkOrderQueries(CommunityDbContext db, TimeProvider clock, IOptions<WorkOrderOptions> options)
{
    /// <summary>
    /// The order a person means: the full number, or a short number (42 → the newest WO-…-0042), preferring
    /// the member's own orders or the reporter's.
    /// </summary>
    public async Task<WorkOrder?> FindAsync(string number, int? memberId, int? residentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(number);
        var orders = WorkOrderWriter.Load(db.WorkOrders.AsNoTracking());
        if (number.StartsWith("WO-", StringComparison.OrdinalIgnoreCase))
        {
            var full = number.ToUpperInvariant();
            return await orders.FirstOrDefaultAsync(o => o.Number == full, cancellationToken).ConfigureAwait(false);
        }

        if (!int.TryParse(number, System.Globalization.CultureInfo.InvariantCulture, out var sequence) || sequence <= 0)
        {
            return null;
        }

        var suffix = $"-{sequence:D4}";
        var candidates = await db.WorkOrders.AsNoTracking().Where(o => o.Number.EndsWith(suffix))
            .OrderByDescending(o => o.CreatedAt).Select(o => new { o.Id, o.AssigneeId, Reporters = o.Reporters.Select(r => r.ResidentId).ToList() })
            .Take(50).ToListAsync(cancellationToken).ConfigureAwait(false);
        var chosen = candidates.FirstOrDefault(c => memberId is not null && c.AssigneeId == memberId)
            ?? candidates.FirstOrDefault(c => residentId is not null && c.Reporters.Contains(residentId.Value))
            ?? candidates.FirstOrDefault();
        return chosen is null ? null : await orders.FirstAsync(o => o.Id == chosen.Id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The member's open orders, most urgent deadline first.</summary>
    public async Task<IReadOnlyList<WorkOrder>> ForMemberAsync(int memberId, CancellationToken cancellationToken)
    {
        var orders = await db.WorkOrders.AsNoTracking().Include(o => o.Assignee).Include(o => o.Building).ThenInclude(b => b!.Compound)
            .Where(o => o.AssigneeId == memberId && (o.Status == WorkOrderStatus.Assigned || o.Status == WorkOrderStatus.Accepted))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return orders.OrderBy(o => o.Status == WorkOrderStatus.Assigned ? o.AcceptDueAt : o.ResolveDueAt).ThenBy(o => o.Id).ToList();
    }

    /// <summary>The resident's orders that are not finished (open, or resolved and waiting for a rating), newest first.</summary>
    public async Task<IReadOnlyList<WorkOrder>> ForReporterAsync(int residentId, CancellationToken cancellationToken)
    {
        var orders = await db.WorkOrders.AsNoTracking().Include(o => o.Assignee).Include(o => o.Building).ThenInclude(b => b!.Compound)
            .Where(o => o.Reporters.Any(r => r.ResidentId == residentId)
                && (o.Status == WorkOrderStatus.Submitted || o.Status == WorkOrderStatus.Assigned
                    || o.Status == WorkOrderStatus.Accepted || o.Status == WorkOrderStatus.Resolved))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return orders.OrderByDescending(o => o.CreatedAt).ToList();
    }

    /// <summary>
    /// The open orders of a building and category reported within the duplicate window (72 hours by default), newest
    /// first: the orders a new report may be the same problem as.
    /// </summary>
    public async Task<IReadOnlyList<WorkOrder>> DuplicateCandidatesAsync(int buildingId, ProblemCategory category, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow() - options.Value.DuplicateWindow;
        var open = await db.WorkOrders.AsNoTracking().Include(o => o.Reporters)
            .Where(o => o.BuildingId == buildingId && o.Category == category
                && (o.Status == WorkOrderStatus.Submitted || o.Status == WorkOrderStatus.Assigned || o.Status == WorkOrderStatus.Accepted))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return open.Where(o => o.CreatedAt >= since).OrderByDescending(o => o.CreatedAt).ToList();
    }
}
