namespace BuildingBot.Dialogs.Prompts;

/// <summary>An option of a choice prompt, and other words that pick it.</summary>
public sealed record Choice(string Value, IReadOnlyList<string>? Synonyms = null);
