using System.Globalization;
using System.Text.RegularExpressions;
using BuildingBot.Community.Categories;
using BuildingBot.Community.Understanding;
using BuildingBot.Dialogs.Understanding;

namespace BuildingBot.Dialogs.Unresolved;

/// <summary>
/// Staff's label for an unresolved message, checked against the real intents, categories and entity kinds of the
/// corpus (docs/understanding/labelling.md), and the corpus row it makes.
/// </summary>
public static partial class StaffLabel
{
    private static readonly Dictionary<string, Regex> EntityShapes = new(StringComparer.Ordinal)
    {
        ["room"] = RoomShape(),
        ["phone"] = PhoneShape(),
        ["place"] = PlaceShape(),
        ["date"] = DateShape(),
        ["time"] = TimeShape(),
        ["order"] = OrderShape(),
        ["emergency"] = EmergencyShape(),
        ["assignee"] = AssigneeShape(),
    };

    /// <summary>The corpus row for <paramref name="message"/> labelled so, or every problem with the label.</summary>
    public static (LabelledMessage? Row, IReadOnlyList<string> Problems) Create(
        UnresolvedMessage message, string? intent, string? category, IReadOnlyDictionary<string, string>? entities)
    {
        ArgumentNullException.ThrowIfNull(message);
        var problems = new List<string>();
        var known = Enum.TryParse<Intent>(intent, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed)
            && !int.TryParse(intent, CultureInfo.InvariantCulture, out _);
        if (!known)
        {
            problems.Add($"intent must be one of {string.Join(", ", Enum.GetNames<Intent>())}.");
        }

        var label = string.IsNullOrWhiteSpace(category) ? "-" : category.Trim();
        if (label != "-" && !(Enum.TryParse<ProblemCategory>(label, ignoreCase: false, out var c) && Enum.IsDefined(c) && !char.IsAsciiDigit(label[0])))
        {
            problems.Add($"category must be - or one of {string.Join(", ", Enum.GetNames<ProblemCategory>())}.");
        }
        else if (label != "-" && known && parsed != Intent.ReportProblem)
        {
            problems.Add("category is only for ReportProblem; leave it out (or -) for other intents.");
        }

        var pairs = (entities ?? new Dictionary<string, string>()).OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        foreach (var (key, value) in pairs)
        {
            if (!EntityShapes.TryGetValue(key, out var shape))
            {
                problems.Add($"entity '{key}' is not one of {string.Join(", ", EntityShapes.Keys)}.");
            }
            else if (value is null || !shape.IsMatch(value))
            {
                problems.Add($"entity {key}='{value}' is not in the corpus format (docs/understanding/labelling.md).");
            }
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var row = new LabelledMessage(
            Flatten(message.Text), message.Role == "grid" ? SpeakerRole.Grid : SpeakerRole.Resident, Cue(message.Context), parsed, label,
            pairs.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal));
        return (row, []);
    }

    /// <summary>The row as the corpus stores it (a text on one line, no tabs).</summary>
    public static LabelledMessage FromLabelled(UnresolvedMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var entities = string.IsNullOrEmpty(message.LabelEntities)
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : message.LabelEntities.Split(';').Select(e => e.Split('=', 2)).ToDictionary(e => e[0], e => e[1], StringComparer.Ordinal);
        return new LabelledMessage(
            Flatten(message.Text), message.Role == "grid" ? SpeakerRole.Grid : SpeakerRole.Resident, Cue(message.Context),
            Enum.Parse<Intent>(message.LabelIntent!), message.LabelCategory ?? "-", entities);
    }

    /// <summary>Entities as the corpus writes them: <c>key=value;key=value</c>.</summary>
    public static string Entities(LabelledMessage row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return string.Join(';', row.Entities.Select(e => $"{e.Key}={e.Value}"));
    }

    private static string Flatten(string text) => WhiteSpace().Replace(text, " ").Trim();

    private static ConversationCue Cue(string context) => context switch
    {
        "card" => ConversationCue.Card,
        "order" => ConversationCue.Order,
        "rating" => ConversationCue.Rating,
        "vote" => ConversationCue.Vote,
        "help" => ConversationCue.Help,
        _ => ConversationCue.None,
    };

    [GeneratedRegex(@"^(?:[0-9]+|_)-(?:[0-9]+|_)-(?:[0-9]+|_)$")]
    private static partial Regex RoomShape();

    [GeneratedRegex("^[0-9]{5,20}$")]
    private static partial Regex PhoneShape();

    [GeneratedRegex("^(?:[0-9]{2}|[0-9]{6})$")]
    private static partial Regex PlaceShape();

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    private static partial Regex DateShape();

    [GeneratedRegex("^[0-2][0-9]:[0-5][0-9]$")]
    private static partial Regex TimeShape();

    [GeneratedRegex("^(?:WO-[0-9]{8}-[0-9]+|[0-9]{1,6})$")]
    private static partial Regex OrderShape();

    [GeneratedRegex("^(?:Trapped|Fire|Gas|Injured|Crime)$")]
    private static partial Regex EmergencyShape();

    [GeneratedRegex(@"^[^\t\r\n;=]{1,20}$")]
    private static partial Regex AssigneeShape();

    [GeneratedRegex(@"[\t\r\n\s]+")]
    private static partial Regex WhiteSpace();
}
