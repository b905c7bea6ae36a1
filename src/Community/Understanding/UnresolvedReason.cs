namespace BuildingBot.Community.Understanding;

/// <summary>Why a message was kept as learning material.</summary>
public enum UnresolvedReason
{
    /// <summary>Addressed to the bot, but the classifier was not sure enough (or found nothing for the bot).</summary>
    LowConfidence,

    /// <summary>The bot asked which thing was meant and got no option: 都不是, answers that are no option, cancelled, abandoned.</summary>
    ClarifyUnanswered,

    /// <summary>The person said the bot misunderstood it (不是这个意思, 你理解错了 …).</summary>
    Misunderstood,
}
