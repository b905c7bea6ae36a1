using System.Globalization;
using System.Text;

namespace BuildingBot.Dialogs.Understanding;

/// <summary>
/// How well the recognizer understands a labelled set: intent accuracy and recall per intent, category accuracy
/// on reports, accuracy per entity kind, the intent confusion matrix and the messages it got wrong.
/// </summary>
public sealed class UnderstandingReport
{
    private readonly Dictionary<(Intent Expected, Intent Actual), int> _confusion = [];
    private readonly Dictionary<string, (int Right, int Total)> _entities = new(StringComparer.Ordinal);
    private readonly List<string> _mistakes = [];

    public int Messages { get; private set; }

    public int IntentsRight { get; private set; }

    public int Categorised { get; private set; }

    public int CategoriesRight { get; private set; }

    public double IntentAccuracy => Messages == 0 ? 0 : (double)IntentsRight / Messages;

    public double CategoryAccuracy => Categorised == 0 ? 0 : (double)CategoriesRight / Categorised;

    public IReadOnlyList<string> Mistakes => _mistakes;

    /// <summary>Recall of each intent present in the set: the share of its messages recognised as it.</summary>
    public IReadOnlyDictionary<Intent, double> Recall => _confusion.GroupBy(c => c.Key.Expected).ToDictionary(
        g => g.Key, g => (double)g.Where(c => c.Key.Actual == g.Key).Sum(c => c.Value) / g.Sum(c => c.Value));

    /// <summary>How many messages of each intent the set holds.</summary>
    public IReadOnlyDictionary<Intent, int> IntentCounts => _confusion.GroupBy(c => c.Key.Expected).ToDictionary(g => g.Key, g => g.Sum(c => c.Value));

    /// <summary>Accuracy per entity kind (room, place, date …).</summary>
    public IReadOnlyDictionary<string, double> EntityAccuracy => _entities.ToDictionary(e => e.Key, e => (double)e.Value.Right / e.Value.Total, StringComparer.Ordinal);

    public static UnderstandingReport Score(Recognizer recognizer, IEnumerable<LabelledMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(messages);
        var report = new UnderstandingReport();
        foreach (var message in messages)
        {
            report.Add(message, recognizer.Recognize(message.Text, message.Role, message.Cue));
        }

        return report;
    }

    private void Add(LabelledMessage message, RecognizerResult result)
    {
        Messages++;
        var key = (message.Intent, result.Intent);
        _confusion[key] = _confusion.GetValueOrDefault(key) + 1;
        if (result.Intent == message.Intent)
        {
            IntentsRight++;
        }
        else
        {
            var considered = string.Join(", ", result.Candidates.Select(c => $"{c.Intent} {c.Probability:F2}"));
            _mistakes.Add($"{message.Source} intent {result.Intent} ({considered}), expected {message.Intent}: {message.Text}");
        }

        if (message.Intent == Intent.ReportProblem && message.Category != "-")
        {
            Categorised++;
            if (result.Category.ToString() == message.Category)
            {
                CategoriesRight++;
            }
            else
            {
                _mistakes.Add($"{message.Source} category {result.Category}, expected {message.Category}: {message.Text}");
            }
        }

        foreach (var (kind, expected) in message.Entities)
        {
            if (Describe(result, kind, expected) is not { } actual)
            {
                continue;
            }

            var (right, total) = _entities.GetValueOrDefault(kind);
            _entities[kind] = (right + (actual == expected ? 1 : 0), total + 1);
            if (actual != expected)
            {
                _mistakes.Add($"{message.Source} {kind}={actual}, expected {expected}: {message.Text}");
            }
        }
    }

    // The entity as the corpus writes it; null for kinds the recognizer does not read yet (they are not scored).
    private static string? Describe(RecognizerResult result, string kind, string expected) => kind switch
    {
        "room" => result.Address is { } a ? $"{a.Building ?? "_"}-{a.Unit?.ToString(CultureInfo.InvariantCulture) ?? "_"}-{a.Room ?? "_"}" : "none",
        "phone" => result.Phones.Count > 0 ? result.Phones[0].Reveal() : "none",
        "place" => result.Places.SelectMany(p => p.Regions).Any(r => r.FullCode == expected.PadRight(6, '0')) ? expected
            : string.Join(",", result.Places.SelectMany(p => p.Regions).Select(r => r.FullCode).DefaultIfEmpty("none")),
        "date" => result.When?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none",
        "time" => result.When?.Time?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "none",
        "order" => result.OrderNumber ?? "none",
        "assignee" => result.Command?.TargetName is { } name ? (name == ChineseText.Normalize(expected) ? expected : name) : "none",
        "emergency" => Enum.TryParse<EmergencyKind>(expected, out var e) && result.Emergencies.HasFlag(e) ? expected : result.Emergencies.ToString(),
        _ => null,
    };

    /// <summary>The figures as text: totals, recall per intent, entities, and the confusion matrix.</summary>
    public string Render()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"messages {Messages}: intent accuracy {IntentAccuracy:P1}, category accuracy {CategoryAccuracy:P1} over {Categorised} reports");
        foreach (var (intent, recall) in Recall.OrderBy(r => r.Key.ToString(), StringComparer.Ordinal))
        {
            var total = _confusion.Where(c => c.Key.Expected == intent).Sum(c => c.Value);
            text.AppendLine(CultureInfo.InvariantCulture, $"  {intent,-18} recall {recall,7:P1} of {total}");
        }

        foreach (var (kind, accuracy) in EntityAccuracy.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  entity {kind,-10} {accuracy,7:P1} of {_entities[kind].Total}");
        }

        var intents = _confusion.Keys.SelectMany(k => new[] { k.Expected, k.Actual }).Distinct().OrderBy(i => i.ToString(), StringComparer.Ordinal).ToList();
        text.AppendLine("confusion (rows expected, columns recognised):");
        text.AppendLine(CultureInfo.InvariantCulture, $"{string.Empty,-18}{string.Concat(intents.Select(i => $"{Short(i),5}"))}");
        foreach (var expected in intents)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{expected,-18}{string.Concat(intents.Select(actual => $"{_confusion.GetValueOrDefault((expected, actual)),5}"))}");
        }

        return text.ToString();
    }

    private static string Short(Intent intent) => intent.ToString()[..Math.Min(4, intent.ToString().Length)];
}
