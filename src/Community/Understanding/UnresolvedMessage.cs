namespace BuildingBot.Community.Understanding;

/// <summary>
/// A message the bot could not resolve, kept for staff to label so the next training run learns from it.
/// Its text is redacted (phones, rooms, residents' names) before it is stored, and nothing names the person:
/// the key is a hash of the message's channel id, used only to keep one row per message.
/// </summary>
public sealed class UnresolvedMessage
{
    public const int TextLength = 2000;

    public long Id { get; set; }

    /// <summary>SHA-256 of the message's de-duplication key (hex, 32 characters): one row per message.</summary>
    public required string Key { get; set; }

    /// <summary>The message, redacted.</summary>
    public required string Text { get; set; }

    /// <summary>Who wrote it, as the corpus names it: <c>resident</c> or <c>grid</c>.</summary>
    public required string Role { get; set; }

    /// <summary>The corpus context: <c>-</c>, <c>card</c>, <c>order</c> or <c>rating</c>.</summary>
    public required string Context { get; set; }

    /// <summary>The intent the bot's classifier ranked first.</summary>
    public required string Guess { get; set; }

    /// <summary>The classifier's probability for <see cref="Guess"/>.</summary>
    public double Confidence { get; set; }

    /// <summary>The problem category the classifier ranked first, when it read one.</summary>
    public string? GuessCategory { get; set; }

    public UnresolvedReason Reason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LabelledAt { get; set; }

    public string? LabelIntent { get; set; }

    public string? LabelCategory { get; set; }

    /// <summary>The labelled entities in the corpus format (<c>key=value;key=value</c>).</summary>
    public string? LabelEntities { get; set; }
}
