using BuildingBot.Dialogs.Core;

namespace BuildingBot.Dialogs.SmallTalk;

/// <summary>
/// Greetings, thanks and chit-chat addressed to the bot get a short, kind answer and a pointer to what it can do,
/// never a work order; anything else the classifier took for chit-chat (是, 老张) is answered as not understood.
/// </summary>
public sealed class SmallTalkDialog() : Dialog(DialogId)
{
    public const string DialogId = "smallTalk";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options = null)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var text = dc.Turn.Recognized?.Text ?? string.Empty;
        dc.Turn.Send(Answer(text));
        return await dc.EndDialogAsync().ConfigureAwait(false);
    }

    internal static string Answer(string text) =>
        Thanks.Any(text.Contains) ? "不客气，这是我们应该做的。有事随时 @幸福里助手。"
        : Greetings.Any(text.Contains) ? "您好！我是幸福里助手，可以帮您报事、查进度、问政策和出行、报名志愿活动。发“帮助”看看怎么用。"
        : Robot.Any(text.Contains) ? "我是幸福里社区的智能助手，不是真人；需要找人时我会把事情转给负责的网格员。"
        : BotReplies.NotUnderstood;

    private static readonly string[] Thanks = ["谢", "辛苦", "多亏", "感恩", "点赞", "thank"];

    private static readonly string[] Greetings = ["你好", "您好", "早上好", "早安", "晚上好", "下午好", "在吗", "hello", "hi", "嗨", "哈喽"];

    private static readonly string[] Robot = ["机器人", "真人", "你是谁", "你叫", "人工"];
}
