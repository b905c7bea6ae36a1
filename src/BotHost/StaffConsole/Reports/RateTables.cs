using BuildingBot.Community.Categories;
using BuildingBot.Community.Configuration;
using BuildingBot.Community.Export;
using BuildingBot.Community.Reports;

namespace BuildingBot.BotHost.StaffConsole.Reports;

/// <summary>
/// The 三率 of a period and scope broken down by grid, grid member, category and month, as sheets (the 报表 page's exports and
/// the monthly report's tables). The figures come from <see cref="ServiceRateQuery"/>, so they add up to the dashboard's.
/// </summary>
public sealed class RateTables(ServiceRateQuery query, CommunityTimeZone zone)
{
    /// <summary>The breakdowns by name, as the page's `by` parameter spells them, with their sheet titles.</summary>
    public static readonly IReadOnlyList<(string By, string Title)> Breakdowns = [("grid", "按网格"), ("member", "按网格员"), ("category", "按类别"), ("month", "按月")];

    private const int MaxMonths = 36;

    public async Task<XlsxExport.Sheet> SheetAsync(string by, ReportPeriod period, int? gridId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var (key, title) = Breakdowns.FirstOrDefault(b => b.By == by) is { By: not null } known ? known : Breakdowns[0];
        var rows = key == "month" ? await MonthsAsync(period, gridId, now, cancellationToken) : await ByAsync(key, period, gridId, now, cancellationToken);
        return new XlsxExport.Sheet(title, [title[1..], "及时受理率(%)", "及时受理", "应受理", "按期办结率(%)", "按期办结", "应办结", "满意率(%)", "满意", "评价数", "新报工单"], rows);
    }

    private async Task<List<IReadOnlyList<object?>>> ByAsync(string by, ReportPeriod period, int? gridId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var breakdown = by switch { "member" => RateBreakdown.Member, "category" => RateBreakdown.Category, _ => RateBreakdown.Grid };
        var rows = await query.ComputeByAsync(period, gridId, breakdown, now, cancellationToken);
        return [.. rows.Select(r => Row(Label(breakdown, r), r.TimelyAcceptance, r.OnTimeResolution, r.Satisfaction, r.Reported))];
    }

    private async Task<List<IReadOnlyList<object?>>> MonthsAsync(ReportPeriod period, int? gridId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = new List<IReadOnlyList<object?>>();
        var first = new DateOnly(period.FirstDay.Year, period.FirstDay.Month, 1);
        for (var month = first; month <= period.LastDay && rows.Count < MaxMonths; month = month.AddMonths(1))
        {
            var last = month.AddMonths(1).AddDays(-1);
            var part = ReportPeriod.Between(month < period.FirstDay ? period.FirstDay : month, last > period.LastDay ? period.LastDay : last, zone);
            var r = await query.ComputeAsync(part, gridId, now, cancellationToken);
            rows.Add(Row($"{month:yyyy-MM}", r.TimelyAcceptance, r.OnTimeResolution, r.Satisfaction, r.Reported));
        }

        return rows;
    }

    private static string Label(RateBreakdown by, RateRow row) => by switch
    {
        RateBreakdown.Category => row.Key is { } category ? ((ProblemCategory)category).ToChinese() : "—",
        RateBreakdown.Member => row.Name ?? (row.Key is null ? "未派单" : $"#{row.Key}"),
        _ => row.Name ?? "未划入网格",
    };

    private static IReadOnlyList<object?> Row(string label, RateFigure accepted, RateFigure resolved, RateFigure satisfied, int reported) =>
    [
        label, accepted.Percent, accepted.Numerator, accepted.Denominator, resolved.Percent, resolved.Numerator, resolved.Denominator,
        satisfied.Percent, satisfied.Numerator, satisfied.Denominator, reported,
    ];
}
