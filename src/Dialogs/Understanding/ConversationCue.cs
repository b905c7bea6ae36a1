namespace BuildingBot.Dialogs.Understanding;

/// <summary>What the bot last showed the writer, when it bears on what a reply means.</summary>
public enum ConversationCue
{
    None,

    /// <summary>A grid member just received an order card: 收到, 我去看看, 让小李跟 act on that order.</summary>
    Card,

    /// <summary>The resident has an open order reported in the last days: 上午那个有人管吗 asks about it.</summary>
    Order,

    /// <summary>The resident was just asked to rate a resolved order: 挺好的 rates it.</summary>
    Rating,

    /// <summary>A vote of the resident's compound is open: 同意 / 反对 / 弃权 are ballots.</summary>
    Vote,

    /// <summary>A 邻里互助 post was posted in this group in the last day and is open: 我来帮 answers it.</summary>
    Help,
}
