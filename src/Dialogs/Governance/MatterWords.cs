using System.Globalization;
using BuildingBot.Community.Governance;

namespace BuildingBot.Dialogs.Governance;

/// <summary>The Chinese words of matters: stages, outcomes, ballots and the counts as residents and staff read them.</summary>
public static class MatterWords
{
    public static string Chinese(this MatterStage stage) => stage switch
    {
        MatterStage.Suggest => "建议",
        MatterStage.Propose => "提议",
        MatterStage.Discuss => "商议",
        MatterStage.Review => "审议",
        _ => "决议",
    };

    /// <summary>Who holds the stage: 党员群众建议, 小区党组织提议 ….</summary>
    public static string Body(this MatterStage stage) => stage switch
    {
        MatterStage.Suggest => "党员群众建议",
        MatterStage.Propose => "小区党组织提议",
        MatterStage.Discuss => "联席会议商议",
        MatterStage.Review => "党员大会审议",
        _ => "业主（代表）大会决议",
    };

    public static string Chinese(this StageOutcome outcome) => outcome switch
    {
        StageOutcome.Passed => "通过",
        StageOutcome.Amended => "修改后通过",
        _ => "未通过",
    };

    public static string Chinese(this VoteChoice choice) => choice switch
    {
        VoteChoice.Agree => "同意",
        VoteChoice.Against => "反对",
        _ => "弃权",
    };

    public static string Chinese(this MatterKind kind) => kind == MatterKind.Major ? "重大事项（需四分之三同意）" : "一般事项（需过半数同意）";

    public static string Chinese(this MatterStatus status) => status switch
    {
        MatterStatus.Open => "进行中",
        MatterStatus.Voting => "表决中",
        MatterStatus.Passed => "已通过",
        MatterStatus.Failed => "未通过",
        _ => "已终止",
    };

    public static string Chinese(this MatterRefusal refusal) => refusal switch
    {
        MatterRefusal.WrongStage => "议题不在这一步（阶段须依次进行，已终止的议题不能继续）",
        MatterRefusal.NotVoting => "这个议题目前没有进行中的表决",
        MatterRefusal.DeadlinePassed => "表决已截止",
        MatterRefusal.NotYetDue => "表决还没到截止时间",
        MatterRefusal.BadDeadline => "截止时间须晚于现在",
        MatterRefusal.AlreadyDone => "已经办过了",
        MatterRefusal.NotYet => "前一步还没完成",
        _ => $"内容不能为空，也不能超过 {Matter.MaxTextLength} 字",
    };

    /// <summary>"共 9 户 812.5㎡；参与 6 户 540㎡；同意 4 户 …": counts only, never who.</summary>
    public static string Counts(VoteTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        return $"全体业主 {tally.Households} 户、{Area(tally.Area)}；参与表决 {tally.Voted} 户、{Area(tally.VotedArea)}；" +
            $"同意 {tally.Agree} 户、{Area(tally.AgreeArea)}，反对 {tally.Against} 户、{Area(tally.AgainstArea)}，弃权 {tally.Abstain} 户、{Area(tally.AbstainArea)}";
    }

    /// <summary>Whether the counts reach the quorum and the majority, in words.</summary>
    public static string Verdict(VoteTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        if (!tally.QuorumReached)
        {
            return "参与表决的业主未达到专有部分面积和人数的三分之二";
        }

        return tally.Passed ? "达到法定比例，表决通过"
            : tally.Kind == MatterKind.Major ? "同意未达到参与表决面积和人数的四分之三" : "同意未超过参与表决面积和人数的半数";
    }

    public static string Area(decimal area) => $"{area.ToString("0.##", CultureInfo.InvariantCulture)}㎡";
}
