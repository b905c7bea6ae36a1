namespace BuildingBot.BotHost.WeCom;

internal enum ReplyAddressUse
{
    /// <summary>Free, now held for this message.</summary>
    Claimed,

    /// <summary>This message was sent through it before (the outbox row was not marked delivered in time).</summary>
    SentBefore,

    /// <summary>An attempt of this message was cut off mid-send (its process died): send through the same address again —
    /// WeCom takes one reply per address, so a second copy is refused rather than shown twice.</summary>
    Interrupted,

    /// <summary>An attempt of this message through it ended without an answer (a timeout): the conversation's own route takes it.</summary>
    InDoubt,

    /// <summary>Another message of the same turn used it.</summary>
    UsedByAnother,
}
