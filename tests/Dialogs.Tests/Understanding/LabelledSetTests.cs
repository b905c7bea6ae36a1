using System.Globalization;
using BuildingBot.Community.Regions;
using BuildingBot.Dialogs.Understanding;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace BuildingBot.Dialogs.Tests.Understanding;

/// <summary>
/// Measures the recognizer on the labelled set (Data/messages.tsv, 300+ messages written for this
/// project): intent accuracy per intent and overall, category accuracy on reports, and entities.
/// </summary>
public class LabelledSetTests(ITestOutputHelper output)
{
    private static readonly Recognizer Recognizer = new(
        new Segmenter(), RegionDirectory.Shared, new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero)));

    private static readonly IReadOnlyList<LabelledMessage> Messages = LabelledMessage.Load();

    [Fact]
    public void LabelledSet_HasAtLeast300Messages()
    {
        Assert.True(Messages.Count >= 300, $"{Messages.Count} messages");
    }

    [Fact]
    public void Recognize_FindsTheIntent_ForAtLeast90PercentOfMessages()
    {
        var wrong = new List<string>();
        var perIntent = new Dictionary<string, (int Right, int Total)>();
        foreach (var message in Messages)
        {
            var actual = Recognizer.Recognize(message.Text).Intent.ToString();
            var right = actual == message.Intent;
            var (r, t) = perIntent.GetValueOrDefault(message.Intent);
            perIntent[message.Intent] = (r + (right ? 1 : 0), t + 1);
            if (!right)
            {
                wrong.Add($"line {message.Line}: {message.Text} → {actual} (expected {message.Intent})");
            }
        }

        foreach (var (intent, (right, total)) in perIntent.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{intent,-16} {right,3}/{total,-3} {100.0 * right / total,6:F1}%");
        }

        var accuracy = 1.0 - ((double)wrong.Count / Messages.Count);
        output.WriteLine($"intent accuracy {accuracy:P1} over {Messages.Count} messages");
        wrong.ForEach(output.WriteLine);
        Assert.True(accuracy >= 0.90, $"intent accuracy {accuracy:P1} is below 90%:\n{string.Join('\n', wrong)}");
    }

    [Fact]
    public void Recognize_FindsTheCategory_ForAtLeast85PercentOfCategorisedMessages()
    {
        var labelled = Messages.Where(m => m.Category != "-").ToList();
        var wrong = labelled
            .Select(m => (m, actual: Recognizer.Recognize(m.Text).Category.ToString()))
            .Where(x => x.actual != x.m.Category)
            .Select(x => $"line {x.m.Line}: {x.m.Text} → {x.actual} (expected {x.m.Category})")
            .ToList();

        var accuracy = 1.0 - ((double)wrong.Count / labelled.Count);
        output.WriteLine($"category accuracy {accuracy:P1} over {labelled.Count} messages");
        wrong.ForEach(output.WriteLine);
        Assert.True(accuracy >= 0.85, $"category accuracy {accuracy:P1} is below 85%:\n{string.Join('\n', wrong)}");
    }

    [Fact]
    public void Recognize_FindsTheLabelledEntities()
    {
        var checks = 0;
        var wrong = new List<string>();
        foreach (var message in Messages.Where(m => m.Entities.Count > 0))
        {
            var result = Recognizer.Recognize(message.Text);
            foreach (var (key, expected) in message.Entities)
            {
                checks++;
                var actual = Describe(result, key, expected);
                if (actual != expected)
                {
                    wrong.Add($"line {message.Line}: {message.Text} {key}={actual} (expected {expected})");
                }
            }
        }

        var accuracy = 1.0 - ((double)wrong.Count / checks);
        output.WriteLine($"entity accuracy {accuracy:P1} over {checks} labelled entities");
        wrong.ForEach(output.WriteLine);
        Assert.True(accuracy >= 0.95, $"entity accuracy {accuracy:P1} is below 95%:\n{string.Join('\n', wrong)}");
    }

    private static string? Describe(RecognizerResult result, string key, string expected) => key switch
    {
        "room" => result.Address is { } a ? $"{a.Building ?? "_"}-{a.Unit?.ToString(CultureInfo.InvariantCulture) ?? "_"}-{a.Room ?? "_"}" : null,
        "phone" => result.Phones.Count > 0 ? result.Phones[0].Reveal() : null,
        "place" => result.Places.SelectMany(p => p.Regions).Any(r => r.FullCode == expected.PadRight(6, '0')) ? expected
            : string.Join(",", result.Places.SelectMany(p => p.Regions).Select(r => r.FullCode)),
        "date" => result.When?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "time" => result.When?.Time?.ToString("HH:mm", CultureInfo.InvariantCulture),
        "order" => result.OrderNumber,
        "emergency" => result.Emergencies.HasFlag(Enum.Parse<EmergencyKind>(expected)) ? expected : result.Emergencies.ToString(),
        _ => throw new InvalidOperationException($"unknown entity {key}"),
    };
}
