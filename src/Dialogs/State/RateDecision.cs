namespace BuildingBot.Dialogs.State;

/// <summary>Whether one more event fits the window; if not, when the oldest one leaves it.</summary>
public readonly record struct RateDecision(bool Allowed, int CountInWindow, TimeSpan RetryAfter);
