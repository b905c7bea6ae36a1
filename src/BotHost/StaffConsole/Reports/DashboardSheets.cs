using System.Text.Json;
using BuildingBot.BotHost.StaffConsole.Pages;
using BuildingBot.Community.Categories;
using BuildingBot.Community.Export;

namespace BuildingBot.BotHost.StaffConsole.Reports;

/// <summary>The 三率 dashboard's figures as chart series (ECharts, in the page) and as .xlsx sheets: the same numbers in both.</summary>
internal static class DashboardSheets
{
    /// <summary>Chinese as it is in the page's data attributes; what HTML or script could misread is still escaped.</summary>
    private static readonly JsonSerializerOptions SeriesJson = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public static IReadOnlyList<(string Id, string Title, string Kind, string Series)> Charts(IndexModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return
        [
            ("chart-category", "按类别", "bar", Json(model.Rates.ByCategory.Select(c => (c.Category.ToChinese(), c.Count)))),
            ("chart-grid", "按网格", "pie", Json(model.Rates.ByGrid.Select(g => (g.GridName ?? "未划入网格", g.Count)))),
            ("chart-week", "按周", "line", Json(model.Weeks.Select(w => (Week(w.Monday), w.Count)))),
        ];
    }

    public static IReadOnlyList<XlsxExport.Sheet> Of(IndexModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var r = model.Rates;
        var period = $"{model.Range.FirstDay:yyyy-MM-dd} 至 {model.Range.LastDay:yyyy-MM-dd}";
        return
        [
            new("三率", ["指标", "比率(%)", "分子", "分母", "统计区间", "范围"],
            [
                ["及时受理率", r.TimelyAcceptance.Percent, r.TimelyAcceptance.Numerator, r.TimelyAcceptance.Denominator, period, model.Scope.Label],
                ["按期办结率", r.OnTimeResolution.Percent, r.OnTimeResolution.Numerator, r.OnTimeResolution.Denominator, period, model.Scope.Label],
                ["满意率", r.Satisfaction.Percent, r.Satisfaction.Numerator, r.Satisfaction.Denominator, period, model.Scope.Label],
            ]),
            new("按类别", ["类别", "工单数"], r.ByCategory.Select(c => (IReadOnlyList<object?>)[c.Category.ToChinese(), c.Count])),
            new("按网格", ["网格", "工单数"], r.ByGrid.Select(g => (IReadOnlyList<object?>)[g.GridName ?? "未划入网格", g.Count])),
            new("按周", ["周（周一）", "工单数"], model.Weeks.Select(w => (IReadOnlyList<object?>)[w.Monday.ToString("yyyy-MM-dd", null), w.Count])),
        ];
    }

    private static string Week(DateOnly monday) => $"{monday.Month}月{monday.Day}日起";

    private static string Json(IEnumerable<(string Name, int Value)> rows) =>
        JsonSerializer.Serialize(rows.Select(r => new { name = r.Name, value = r.Value }), SeriesJson);
}
