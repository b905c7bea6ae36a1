namespace BuildingBot.BotHost.WeCom;

internal enum ReplyAddressUse
{
    /// <summary>Free, now held for this message.</summary>
    Claimed,

    /// <summary>This message was sent through it before (the outbox row was not marked delivered in time).</summary>
    SentBefore,

    /// <summary>This message was being sent through it when the attempt ended without an answer.</summary>
    InDoubt,

    /// <summary>Another message of the same turn used it.</summary>
    UsedByAnother,
}
