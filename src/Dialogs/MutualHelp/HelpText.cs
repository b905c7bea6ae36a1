using BuildingBot.Community.MutualHelp;

namespace BuildingBot.Dialogs.MutualHelp;

/// <summary>邻里互助 in the residents' words: posts as the groups read them, refusals.</summary>
public static class HelpText
{
    /// <summary>The post as the building groups read it: no name, phone or room.</summary>
    public static string Post(HelpPost post)
    {
        ArgumentNullException.ThrowIfNull(post);
        var lines = new List<string>
        {
            post.Kind == HelpKind.Need ? $"【邻里互助 {post.Number}】有邻居求助：{post.What}" : $"【邻里互助 {post.Number}】有邻居可以帮忙：{post.What}",
        };
        if (post.WhenText is { } when)
        {
            lines.Add($"时间：{when}");
        }

        if (post.Where is { } where)
        {
            lines.Add($"地点：{where}");
        }

        lines.Add(post.Kind == HelpKind.Need
            ? $"愿意帮忙的邻居请点“我来帮”或回复“我来帮 {post.Number}”。双方都同意后，我会私下为你们牵线。"
            : $"需要的邻居请点“我需要”或回复“我需要 {post.Number}”。双方都同意后，我会私下为你们牵线。");
        return string.Join('\n', lines);
    }

    /// <summary>The button under the post: its value names the post.</summary>
    public static Turns.CardButton AnswerButton(HelpPost post)
    {
        ArgumentNullException.ThrowIfNull(post);
        return post.Kind == HelpKind.Need ? new("我来帮", $"我来帮 {post.Number}") : new("我需要", $"我需要 {post.Number}");
    }

    public static string Refusal(HelpRefusal refusal, string? number) => refusal switch
    {
        HelpRefusal.NotFound => number is null ? "没有找到您要处理的互助信息，请带上编号，例如“完成 HZ3”。" : $"本小区没有编号为 {number} 的互助信息。",
        HelpRefusal.NotOpen => $"{number} 已经结束或暂时隐藏，不能再回应了。",
        HelpRefusal.NotYours => $"{number} 只能由发布人（或接受帮助的一方）处理。",
        HelpRefusal.OwnPost => "这是您自己发布的互助信息。",
        HelpRefusal.AlreadyAnswered => $"您已经回应过 {number} 了，正在等发布人答复。",
        HelpRefusal.Taken => $"谢谢您！{number} 已经有邻居帮忙了。",
        HelpRefusal.NotMatched => $"{number} 还没有确定帮忙的邻居，暂时不能确认完成。",
        HelpRefusal.AlreadyDone => $"{number} 已经确认完成了，积分已记入，谢谢！",
        HelpRefusal.TooManyOpen => "您进行中的互助信息已经达到上限，请先完成或撤销一条。",
        HelpRefusal.BadText => "内容太长或为空，请用一句话说说要帮的事。",
        _ => "这条互助信息现在不能这样处理。",
    };
}
