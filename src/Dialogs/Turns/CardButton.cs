namespace BuildingBot.Dialogs.Turns;

/// <summary>A button under a message; pressing it comes back as a card action with <see cref="Value"/>.</summary>
public sealed record CardButton(string Title, string Value);
