namespace BuildingBot.Dialogs.Prompts;

/// <summary>The option the user picked: its position (from 0) and its text.</summary>
public sealed record FoundChoice(int Index, string Value);
