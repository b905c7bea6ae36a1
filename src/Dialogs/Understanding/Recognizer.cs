using System.Text.RegularExpressions;
using BuildingBot.Community.Categories;
using BuildingBot.Community.Places;
using BuildingBot.Community.Regions;

namespace BuildingBot.Dialogs.Understanding;

/// <summary>
/// Turns a message into an intent, a problem category and entities, with jieba segmentation and
/// weighted lexicons. Deterministic and fast (no model download): the labelled set in the tests
/// measures it.
/// </summary>
public sealed partial class Recognizer(Segmenter segmenter, RegionDirectory regions, TimeProvider clock)
{
    /// <summary>Below this, a message has no intent.</summary>
    public const double MinimumScore = 2.0;

    private static readonly Lexicon<Intent> Intents = IntentLexicon.Create();
    private static readonly Lexicon<ProblemCategory> Categories = CategoryLexicon.Create();

    // When two intents score the same, the earlier one wins.
    private static readonly Intent[] Priority =
    [
        Intent.Help, Intent.BindHousehold, Intent.VolunteerSignUp, Intent.Rate, Intent.QueryProgress,
        Intent.TravelAdvice, Intent.PolicyQuestion, Intent.ReportProblem,
    ];

    public RecognizerResult Recognize(string? message)
    {
        var text = ChineseText.Normalize(message);
        if (text.Length == 0)
        {
            return RecognizerResult.Empty;
        }

        var words = segmenter.Cut(text);
        var wordSet = words.ToHashSet(StringComparer.Ordinal);
        var places = regions.FindInText(text);
        var (urgency, emergencies, signals) = UrgencyDetector.Detect(text);
        var command = GridCommandParser.Parse(text);
        var (intent, score) = command is not null ? (command.Intent, 10.0) : ScoreIntent(text, wordSet, places.Count > 0);
        var categoryScores = Categories.Score(text, wordSet);
        var category = categoryScores.Count == 0 ? ProblemCategory.Other : categoryScores.MaxBy(s => s.Value).Key;

        return new RecognizerResult
        {
            Text = text,
            Intent = intent,
            Score = score,
            Category = categoryScores.GetValueOrDefault(category) >= 2 ? category : ProblemCategory.Other,
            Urgency = urgency,
            Emergencies = emergencies,
            UrgencySignals = signals,
            Address = RoomAddressParser.Find(text),
            Phones = PhoneFinder.FindAll(text),
            When = ChineseDateTime.Resolve(text, clock.GetUtcNow()),
            Places = places,
            Command = command,
            HouseholdCode = FindHouseholdCode(message ?? string.Empty),
            Words = words,
        };
    }

    private static (Intent, double) ScoreIntent(string text, IReadOnlySet<string> words, bool mentionsPlace)
    {
        var scores = Intents.Score(text, words);
        if (mentionsPlace && GoingSomewhere().IsMatch(text))
        {
            scores[Intent.TravelAdvice] = scores.GetValueOrDefault(Intent.TravelAdvice) + 2.5;
        }

        if (text is "?" or "？" or "帮助" or "help" or "菜单")
        {
            scores[Intent.Help] = 10;
        }

        if (OrderNumber().IsMatch(text))
        {
            scores[Intent.QueryProgress] = scores.GetValueOrDefault(Intent.QueryProgress) + 1.5;
        }

        if (scores.Count == 0)
        {
            return (Intent.None, 0);
        }

        var best = scores.Max(s => s.Value);
        if (best < MinimumScore)
        {
            return (Intent.None, best);
        }

        var winner = Priority.FirstOrDefault(i => scores.GetValueOrDefault(i) == best, Intent.ReportProblem);
        return (winner, best);
    }

    private static string? FindHouseholdCode(string message)
    {
        foreach (Match match in CodeCandidate().Matches(message))
        {
            if (match.Value.Any(char.IsAsciiDigit) && match.Value.Any(char.IsAsciiLetter)
                && HouseholdCode.TryParse(match.Value, out var code))
            {
                return code.Value;
            }
        }

        return null;
    }

    [GeneratedRegex("(?:去|到|回|飞|赴|前往)(?:一趟|一下)?[\u4e00-\u9fa5]{2,}")]
    private static partial Regex GoingSomewhere();

    [GeneratedRegex(@"wo-[0-9]{8}-[0-9]+")]
    private static partial Regex OrderNumber();

    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Za-z0-9]{10}(?![A-Za-z0-9])")]
    private static partial Regex CodeCandidate();
}
