using System.Text.RegularExpressions;
using BuildingBot.Community.Categories;
using BuildingBot.Community.Places;
using BuildingBot.Community.Regions;
using BuildingBot.Community.WorkOrders;

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
        Intent.BindHousehold, Intent.Help, Intent.GridMyOrders, Intent.VolunteerSignUp, Intent.Rate, Intent.QueryProgress,
        Intent.TravelAdvice, Intent.PolicyQuestion, Intent.ReportProblem,
    ];

    /// <summary>The score of a message in a command's exact form (接单 3, 我的行程, 签到 ABC123…).</summary>
    public const double CommandScore = 10.0;

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
        var categoryScores = Categories.Score(text, wordSet);
        var category = categoryScores.Count == 0 ? ProblemCategory.Other : categoryScores.MaxBy(s => s.Value).Key;
        var address = RoomAddressParser.Find(text);
        var command = GridCommandParser.Parse(text);
        var (intent, score) = command is { Intent: not Intent.GridMyOrders }
            ? (command.Intent, CommandScore)
            : TripCommand().Match(text) is { Success: true } trip ? (trip.Groups["cancel"].Success ? Intent.CancelTrip : Intent.MyTrips, CommandScore)
            : CancelOrder().IsMatch(text) ? (Intent.CancelOrder, CommandScore)
            : RateOrder().IsMatch(text) ? (Intent.Rate, CommandScore)
            : VolunteerCommand().Match(text) is { Success: true } volunteer ? (volunteer.Groups["cancel"].Success ? Intent.VolunteerCancel
                : volunteer.Groups["checkin"].Success ? Intent.VolunteerCheckIn : Intent.VolunteerPoints, CommandScore)
            : ScoreIntent(text, wordSet, places, categoryScores.GetValueOrDefault(category), address, command?.Intent == Intent.GridMyOrders);
        command = intent == command?.Intent ? command : null;

        return new RecognizerResult
        {
            Text = text,
            Intent = intent,
            Score = score,
            Category = categoryScores.GetValueOrDefault(category) >= 2 ? category : ProblemCategory.Other,
            Urgency = urgency,
            Emergencies = emergencies,
            UrgencySignals = signals,
            Address = address,
            Phones = PhoneFinder.FindAll(text),
            When = ChineseDateTime.Resolve(text, clock.GetUtcNow()),
            Places = places,
            Command = command,
            OrderNumber = command?.OrderNumber ?? (OrderNumber().Match(text) is { Success: true } order ? order.Value.ToUpperInvariant() : null),
            HouseholdCode = FindHouseholdCode(message ?? string.Empty),
            Words = words,
        };
    }

    private static (Intent, double) ScoreIntent(
        string text, IReadOnlySet<string> words, IReadOnlyList<(string Text, IReadOnlyList<Region> Regions)> places,
        double categoryScore, RoomAddress? address, bool asksForOwnOrders)
    {
        var scores = Intents.Score(text, words);

        // 我的工单 competes with progress questions (我的工单有人接了吗) instead of winning outright.
        if (asksForOwnOrders)
        {
            scores[Intent.GridMyOrders] = 3;
        }

        // 去杭州, 回安徽, 飞深圳: a verb of going right before a place name.
        if (places.Any(p => GoingWords.Lead(text, p.Text)))
        {
            scores[Intent.TravelAdvice] = scores.GetValueOrDefault(Intent.TravelAdvice) + 2.5;
        }

        // "我住4号楼301室": a full room with 住 is a binding, not a report.
        if (address is { Room: not null } && text.Contains('住', StringComparison.Ordinal))
        {
            scores[Intent.BindHousehold] = scores.GetValueOrDefault(Intent.BindHousehold) + 2.5;
        }

        // A message about a problem domain (垃圾, 独居老人, 学位 …) that asks for nothing else is a report.
        if (categoryScore > 0 && !scores.Any(s => s.Key != Intent.ReportProblem && s.Value >= 3))
        {
            scores[Intent.ReportProblem] = scores.GetValueOrDefault(Intent.ReportProblem) + Math.Min(0.8 * categoryScore, 3);
        }

        // 报名 for a school place (小学报名要什么材料) is a schooling question, not a volunteer sign-up.
        if (SchoolSignUp().IsMatch(text))
        {
            scores[Intent.PolicyQuestion] = scores.GetValueOrDefault(Intent.PolicyQuestion) + 2;
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

    /// <summary>
    /// A 百姓码 in the message. Ten letters and digits mixed are taken anywhere; a code of letters only (one
    /// in fifty is) or digits only counts when the message names it as a code or is nothing else, so an English
    /// word or a long number in a sentence is not read as one.
    /// </summary>
    private static string? FindHouseholdCode(string message)
    {
        var namesACode = message.Contains('码', StringComparison.Ordinal);
        foreach (Match match in CodeCandidate().Matches(message))
        {
            var mixed = match.Value.Any(char.IsAsciiDigit) && match.Value.Any(char.IsAsciiLetter);
            var alone = match.Length == message.Trim().Length;
            if ((mixed || namesACode || alone) && HouseholdCode.TryParse(match.Value, out var code))
            {
                return code.Value;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?:撤销|撤回)(?:工单|报事)?\s*(?:wo-[0-9]{8}-[0-9]+|[0-9]{1,6})?$")]
    private static partial Regex CancelOrder();

    [GeneratedRegex(@"^(?:(?<cancel>取消|删除|撤销|撤回)(?:我的)?(?:出行|行程)(?:登记)?|(?:我的|查看|查询|查一下|看看)(?:出行|行程)(?:登记)?)[?？。!！]*$")]
    private static partial Regex TripCommand();

    [GeneratedRegex(@"^(?:(?<cancel>取消报名|不参加了|我不去了)|(?<checkin>签到(?:\s*[a-z0-9]{6})?$)|(?<points>(?:我的|查询?|查一下)?(?:志愿)?积分))")]
    private static partial Regex VolunteerCommand();

    [GeneratedRegex(@"^(?:非常)?(?:满意|基本满意|不满意)\s*(?:wo-[0-9]{8}-[0-9]+)?$")]
    private static partial Regex RateOrder();

    [GeneratedRegex("(?:小学|幼儿园|初中|入学|一年级|学位|上学).*报名|报名.*(?:小学|幼儿园|初中|入学|一年级|学位)")]
    private static partial Regex SchoolSignUp();

    [GeneratedRegex(@"wo-[0-9]{8}-[0-9]+")]
    private static partial Regex OrderNumber();

    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Za-z0-9]{10}(?![A-Za-z0-9])")]
    private static partial Regex CodeCandidate();
}
