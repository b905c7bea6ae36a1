using BuildingBot.Community.Configuration;
using BuildingBot.Community.Export;
using BuildingBot.Community.Governance;
using BuildingBot.Dialogs.Governance;

namespace BuildingBot.BotHost.StaffConsole.Matters;

/// <summary>一备案: a matter's filing record (facts, every stage, the counts) as the sheets of its .xlsx and the rows of its printable page.</summary>
internal static class MatterFiling
{
    public static IReadOnlyList<string> StageHeader { get; } = ["阶段", "日期", "结果", "修改内容或原因", "会议纪要", "附件", "记录人"];

    public static IReadOnlyList<(string Name, string Value)> Facts(Matter matter, string compound, CommunityTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(matter);
        ArgumentNullException.ThrowIfNull(zone);
        string At(DateTimeOffset? at) => at is { } a ? zone.Local(a).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "—";
        return
        [
            ("议题编号", matter.Number), ("小区", compound), ("议题", matter.Title), ("内容", matter.Text), ("类别", matter.Kind.Chinese()),
            ("提出人", matter.ProposerName), ("状态", matter.Status.Chinese()), ("表决截止", At(matter.VoteDeadline)),
            ("表决结果", matter.Result is { } r ? $"{(r.Passed ? "通过" : "未通过")}：{MatterWords.Verdict(r)}" : "—"),
            ("计票", matter.Result is { } t ? MatterWords.Counts(t) : "—"),
            ("决议公开", At(matter.ResolutionPublishedAt)), ("实施结果", matter.ImplementationResult ?? "—"),
            ("实施结果公开", At(matter.ImplementationPublishedAt)), ("备案", matter.FiledAt is null ? "待备案" : $"{At(matter.FiledAt)} {matter.FiledBy}"),
        ];
    }

    public static IEnumerable<IReadOnlyList<object?>> Stages(Matter matter)
    {
        ArgumentNullException.ThrowIfNull(matter);
        return matter.Steps.OrderBy(s => s.Stage).ThenBy(s => s.Id).Select(s => (IReadOnlyList<object?>)
            [s.Stage.Body(), s.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), s.Outcome.Chinese(), s.Note ?? string.Empty,
             s.Minutes, s.Attachments, s.RecordedBy]);
    }

    public static IReadOnlyList<XlsxExport.Sheet> Sheets(Matter matter, string compound, CommunityTimeZone zone)
    {
        var counts = matter.Result is { } r
            ? new List<IReadOnlyList<object?>>
            {
                new object?[] { "全体业主", r.Households, r.Area }, new object?[] { "参与表决", r.Voted, r.VotedArea },
                new object?[] { "同意", r.Agree, r.AgreeArea }, new object?[] { "反对", r.Against, r.AgainstArea },
                new object?[] { "弃权", r.Abstain, r.AbstainArea },
            }
            : [];
        return
        [
            new XlsxExport.Sheet("议题", ["项目", "内容"], Facts(matter, compound, zone).Select(f => (IReadOnlyList<object?>)[f.Name, f.Value])),
            new XlsxExport.Sheet("五议", StageHeader, Stages(matter)),
            new XlsxExport.Sheet("计票", ["项目", "户数", "面积（㎡）"], counts),
        ];
    }
}
