using System.Globalization;

namespace BuildingBot.Dialogs.Understanding;

/// <summary>
/// One row of the understanding corpus (docs/understanding/labelling.md): a message, who wrote it and in
/// what context, and what the bot should understand of it.
/// </summary>
public sealed record LabelledMessage(
    string Text, SpeakerRole Role, ConversationCue Cue, Intent Intent, string Category, IReadOnlyDictionary<string, string> Entities)
{
    /// <summary>Where it came from (file and line), for error messages and reports.</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>Reads one tab-separated row; throws <see cref="FormatException"/> naming the row and column at fault.</summary>
    public static LabelledMessage Parse(string line, string source)
    {
        ArgumentNullException.ThrowIfNull(line);
        var columns = line.Split('\t');
        if (columns.Length != 6)
        {
            throw new FormatException($"{source}: expected 6 tab-separated columns (text, role, context, intent, category, entities), found {columns.Length}");
        }

        var role = columns[1] switch
        {
            "resident" => SpeakerRole.Resident,
            "grid" => SpeakerRole.Grid,
            var other => throw new FormatException($"{source}: role '{other}' is neither resident nor grid"),
        };
        var cue = columns[2] switch
        {
            "-" or "" => ConversationCue.None,
            "card" => ConversationCue.Card,
            "order" => ConversationCue.Order,
            "rating" => ConversationCue.Rating,
            "vote" => ConversationCue.Vote,
            "help" => ConversationCue.Help,
            var other => throw new FormatException($"{source}: context '{other}' is not one of -, card, order, rating, vote, help"),
        };
        if (!Enum.TryParse<Intent>(columns[3], out var intent) || !Enum.IsDefined(intent) || int.TryParse(columns[3], CultureInfo.InvariantCulture, out _))
        {
            throw new FormatException($"{source}: intent '{columns[3]}' is unknown");
        }

        var entities = columns[5].Length == 0
            ? new Dictionary<string, string>()
            : columns[5].Split(';').Select(e => e.Split('=', 2)).ToDictionary(
                e => e[0], e => e.Length == 2 ? e[1] : throw new FormatException($"{source}: entity '{e[0]}' has no value"), StringComparer.Ordinal);
        return new LabelledMessage(columns[0], role, cue, intent, columns[4], entities) { Source = source };
    }

    /// <summary>The row in the corpus format.</summary>
    public string ToLine() => string.Join('\t',
        Text.Replace('\t', ' ').Replace('\n', ' '),
        Role == SpeakerRole.Grid ? "grid" : "resident",
        Cue == ConversationCue.None ? "-" : Cue.ToString().ToLowerInvariant(),
        Intent.ToString(),
        Category,
        string.Join(';', Entities.Select(e => $"{e.Key}={e.Value}")));
}
