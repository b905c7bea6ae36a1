namespace BuildingBot.Community.Understanding;

/// <summary>
/// What the conversation side tells the store about a message it could not resolve; the text is not yet redacted.
/// <paramref name="MessageKey"/> is the message's de-duplication key (hashed before it is stored).
/// </summary>
public sealed record UnresolvedNote(
    string MessageKey, string Text, string Role, string Context, string Guess, double Confidence, string? GuessCategory,
    UnresolvedReason Reason, DateTimeOffset At);
