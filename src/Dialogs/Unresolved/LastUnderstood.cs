namespace BuildingBot.Dialogs.Unresolved;

/// <summary>
/// The last message this person started something with, kept in their conversation state for a short while so
/// that 不是这个意思 can say which message the bot misunderstood.
/// </summary>
public sealed record LastUnderstood(
    string MessageKey, string Text, string Role, string Context, string Guess, double Confidence, string? GuessCategory, DateTimeOffset At)
{
    public const string StateKey = "unresolved.last";
}
