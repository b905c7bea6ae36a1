using BuildingBot.Community.Categories;
using BuildingBot.Community.Configuration;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Reports;
using BuildingBot.Community.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.StaffConsole.Reports;

/// <summary>
/// The work orders of the 报表 page's filters (reported in the period, grid, category, status) as sheet rows, newest first,
/// at most <see cref="MaxRows"/>; only the columns the sheet shows are read. The reporter's phone is masked unless
/// <paramref name="revealPhones"/> (社区管理员, who may see phones on the 村情图 too).
/// </summary>
public sealed class OrderExportQuery(CommunityDbContext db, CommunityTimeZone zone)
{
    public const int MaxRows = 50_000;

    public static readonly IReadOnlyList<string> Header =
        ["工单编号", "状态", "类别", "紧急程度", "小区楼栋", "房号", "网格", "承办人", "报事人", "报事人电话", "问题描述", "报事时间", "接单时限", "办结时限", "办结时间", "评价"];

    public async Task<IReadOnlyList<IReadOnlyList<object?>>> RowsAsync(
        ReportPeriod period, int? gridId, ProblemCategory? category, WorkOrderStatus? status, bool revealPhones, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var orders = db.WorkOrders.AsNoTracking().Where(o => o.CreatedAt >= period.From && o.CreatedAt < period.To);
        orders = gridId is { } grid ? orders.Where(o => o.GridId == grid) : orders;
        orders = category is { } c ? orders.Where(o => o.Category == c) : orders;
        orders = status is { } s ? orders.Where(o => o.Status == s) : orders;
        var rows = await orders.OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id).Take(MaxRows).Select(o => new
        {
            o.Number, o.Status, o.Category, o.Urgency, Building = o.Building!.Compound!.Name + o.Building.Name, o.Room,
            Grid = o.Grid == null ? null : o.Grid.Name, Assignee = o.Assignee == null ? null : o.Assignee.Name,
            Reporter = o.Reporter == null ? null : o.Reporter.DisplayName, Phone = o.Reporter == null ? null : o.Reporter.Phone,
            o.Description, o.CreatedAt, o.AcceptDueAt, o.ResolveDueAt, o.ResolvedAt, o.Rating,
        }).ToListAsync(cancellationToken);
        return [.. rows.Select(o => (IReadOnlyList<object?>)
        [
            o.Number, o.Status.ToChinese(), o.Category.ToChinese(), o.Urgency.ToChinese(), o.Building, o.Room, o.Grid, o.Assignee, o.Reporter,
            o.Phone is { } phone ? revealPhones ? phone.Reveal() : phone.Masked : null, o.Description,
            Local(o.CreatedAt), Local(o.AcceptDueAt), Local(o.ResolveDueAt), Local(o.ResolvedAt), o.Rating?.ToChinese(),
        ])];
    }

    private string? Local(DateTimeOffset? instant) => instant is { } at ? zone.Local(at).ToString("yyyy-MM-dd HH:mm", null) : null;
}
