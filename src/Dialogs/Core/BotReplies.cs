namespace BuildingBot.Dialogs.Core;

/// <summary>What the engine itself says; dialogs keep their own words.</summary>
public static class BotReplies
{
    public const string Cancelled = "好的，已取消。有需要随时找我。";
    public const string Interrupted = "刚才未完成的事项已结束，需要时可以重新开始。";
    public const string NothingToCancel = "现在没有进行中的事项。";
    public const string Restarted = "抱歉，助手刚刚更新了，之前的对话已重新开始。请再说一次您要办的事。";
    public const string NotUnderstood = "抱歉，我没太明白。您可以说“报事”反映问题，“绑定房号”绑定住户，或发“帮助”看看我能做什么。";
    public const string Misunderstood = "抱歉，是我理解错了，这件事先不办了。能换个说法再说一次您要办的事吗？比如“3幢电梯坏了”“查询进度”“孩子入学要什么材料”。";
    public const string NotYetAvailable = "这项服务还在准备中，暂时请联系您的网格员。发“帮助”可以看看我现在能做什么。";
    public const string Failed = "抱歉，刚才处理出了点问题，请稍后再试一次。";
    /// <summary>The button of a card whose press was handled.</summary>
    public const string CardHandled = "已处理";
    public const string TooFast = "您发消息太快了，请稍等一分钟再发，我会继续为您服务。";

    /// <summary>The answer to 不用了, 好的谢谢, 知道了 after an exchange the bot finished.</summary>
    public static string Closed(bool thanked) => $"{(thanked ? "不客气" : "好的")}。还有别的事随时找我。";

    public static string Expired(TimeSpan idle) => $"上次的对话超过 {idle.TotalMinutes:F0} 分钟没有回复，已自动结束。";
}
