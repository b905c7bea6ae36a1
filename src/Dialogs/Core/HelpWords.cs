namespace BuildingBot.Dialogs.Core;

/// <summary>Words that ask for help at any step of a dialog (帮助, 怎么回答 …), registered by the help feature.</summary>
public sealed record HelpWords(IReadOnlyList<string> Words);
