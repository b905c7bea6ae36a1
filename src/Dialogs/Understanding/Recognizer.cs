using System.Runtime;
using BuildingBot.Community.Configuration;
using System.Text.RegularExpressions;
using BuildingBot.Community.Categories;
using BuildingBot.Community.People;
using BuildingBot.Community.Places;
using BuildingBot.Community.Regions;
using BuildingBot.Community.WorkOrders;

namespace BuildingBot.Dialogs.Understanding;

/// <summary>
/// Turns a message into an intent, a problem category and entities. The deterministic parsers read what they
/// read well (exact commands with numbers, order numbers, rooms, phones, dates, places, lexicon scores); a
/// message in a command's exact form is that command. Everything else is decided by the trained classifiers
/// (<see cref="UnderstandingModel"/>), which weigh the parsers' findings as features next to the words.
/// </summary>
public sealed partial class Recognizer
{
    /// <summary>The score of a message in a command's exact form (接单 3, 我的行程, 签到 ABC123…).</summary>
    public const double CommandScore = 10.0;

    /// <summary>Below this probability the classifier's pick is not acted on: the message has no intent (yet).</summary>
    public const double MinimumConfidence = 0.5;

    private static readonly Lexicon<Intent> Intents = IntentLexicon.Create();
    private static readonly Lexicon<ProblemCategory> Categories = CategoryLexicon.Create();
    private static Lazy<UnderstandingModel>? _shared;

    private readonly Segmenter _segmenter;
    private readonly RegionDirectory _regions;
    private readonly TimeProvider _clock;
    private readonly TimeZoneInfo _timeZone;
    private readonly Lazy<UnderstandingModel> _model;

    public Recognizer(
        Segmenter segmenter, RegionDirectory regions, TimeProvider clock, CommunityTimeZone? timeZone = null, TrainedModelStore? store = null)
    {
        _segmenter = segmenter;
        _regions = regions;
        _clock = clock;
        _timeZone = (timeZone ?? CommunityTimeZone.Default).Zone;

        // One model per process: it depends only on the corpus, the segmenter's dictionary and the region data.
        Interlocked.CompareExchange(ref _shared, new Lazy<UnderstandingModel>(() => LoadOrTrain(store)), null);
        _model = _shared;
    }

    /// <summary>The trained classifiers (trained on first use).</summary>
    public UnderstandingModel Model => _model.Value;

    /// <summary>True once the classifiers are trained: recognitions no longer wait.</summary>
    public bool IsModelReady => _model.IsValueCreated;

    public RecognizerResult Recognize(string? message, SpeakerRole role = SpeakerRole.Resident, ConversationCue cue = ConversationCue.None)
    {
        var text = ChineseText.Normalize(message);
        if (text.Length == 0)
        {
            return RecognizerResult.Empty;
        }

        var parsed = Parse(text, message ?? string.Empty, role, cue);
        var (urgency, emergencies, signals) = UrgencyDetector.Detect(text);
        var command = GridCommandParser.Parse(text);
        var exact = ExactCommand(text, command, cue);
        // A command in its exact form needs no classifier (nor its category): it does not wait for the model either.
        var ranked = exact is { } known ? [new IntentCandidate(known, 1.0)] : Rank(parsed.Input);
        if (exact is null && cue is ConversationCue.Help or ConversationCue.Vote)
        {
            // The help and vote cues are set by a word (帮, 需要, 同意 …) while a post or a vote is open anywhere in the
            // compound, so they colour messages that have nothing to do with it. Any reply may take the cue's meaning
            // (算我一个, 我可以几点, 好的同意) except a problem report, the one misreading that leaves a resident without
            // help: 老人摔倒了快来帮忙 is a report whatever post is open.
            var plain = Rank(Parse(text, message ?? string.Empty, role, ConversationCue.None).Input);
            ranked = plain[0].Intent == Intent.ReportProblem ? plain : ranked;
        }

        var (intent, confidence) = (ranked[0].Intent, ranked[0].Probability);
        intent = confidence >= MinimumConfidence ? intent : Intent.None;
        var category = exact is null ? Enum.Parse<ProblemCategory>(Model.Categories.Predict(parsed.Input)[0].Label) : ProblemCategory.Other;
        command = intent == command?.Intent ? command : NaturalCommand(intent, text);

        return new RecognizerResult
        {
            Text = text,
            Intent = intent,
            Score = exact is null ? parsed.IntentScores.GetValueOrDefault(intent) : CommandScore,
            Confidence = confidence,
            Candidates = ranked,
            Category = category,
            Urgency = urgency,
            Emergencies = emergencies,
            UrgencySignals = signals,
            Address = parsed.Address,
            Phones = parsed.Phones,
            When = parsed.When,
            Places = parsed.Places,
            Command = command,
            OrderNumber = command?.OrderNumber ?? (OrderNumber().Match(text) is { Success: true } order ? order.Value.ToUpperInvariant() : null),
            HouseholdCode = parsed.HouseholdCode,
            EarlierReport = role == SpeakerRole.Resident && MessageShape.RefersToOneEarlierReport(text),
            Words = parsed.Words,
        };
    }

    private List<IntentCandidate> Rank(ModelInput input) =>
        [.. Model.Intents.Predict(input).Take(3).Select(p => new IntentCandidate(Enum.Parse<Intent>(p.Label), p.Probability))];

    // 这个我去看一下, 弄好了, 这不是我们片区的, 让小李跟一下: a grid member's intent in their own words is that command,
    // with the order number if one is written (WO-…, or the day's short number: 5号单, 7号我接), the words as the
    // result or reason, and the colleague named for a transfer (asked for when none is).
    private static GridCommand? NaturalCommand(Intent intent, string text)
    {
        var order = OrderNumber().Match(text) is { Success: true } full ? full.Value.ToUpperInvariant()
            : ShortOrderNumber().Match(text) is { Success: true } shortNumber ? shortNumber.Groups["number"].Value : null;
        return intent switch
        {
            Intent.GridAccept => new GridCommand(intent, order, null, null),
            Intent.GridResolve or Intent.GridReturn => new GridCommand(intent, order, null, text),
            Intent.GridTransfer => AssigneeFinder.Find(text) is { } name ? new GridCommand(intent, order, name, text) : new GridCommand(intent, order, null, null),
            Intent.GridMyOrders => new GridCommand(intent, null, null, null),
            _ => null,
        };
    }

    /// <summary>What the classifier reads of a message (also used to train it).</summary>
    public ModelInput Featurize(string? message, SpeakerRole role, ConversationCue cue) =>
        Parse(ChineseText.Normalize(message), message ?? string.Empty, role, cue).Input;

    // 接单 3, 我的行程, 撤销 WO-…, 满意, 取消报名, 签到, 帮助: the exact forms the help text teaches are commands.
    // 求助：…, 我可以帮忙… are 邻里互助 posts; 我来帮 HZ7 (and 同意 / 不用了 / 完成 / 撤销 / 举报 HZ7) act on a post, and so do
    // 我来帮, 已经帮好了, 不需要了 while one is fresh (context help).
    // 我有个建议：…, 建议：… are suggestions; 同意 / 我投反对 are ballots while a vote is open (and a vote button's value,
    // 同意 XF01-YT001, always is).
    private static Intent? ExactCommand(string text, GridCommand? command, ConversationCue cue) =>
        command is { Intent: not Intent.GridMyOrders } ? command.Intent
        : SuggestCommand().IsMatch(text) ? Intent.Suggest
        : HelpPostCommand().IsMatch(text) || cue == ConversationCue.Help && HelpReply().IsMatch(text) ? Intent.HelpAnswer
        : HelpRequestCommand().IsMatch(text) ? Intent.HelpRequest
        : HelpOfferCommand().IsMatch(text) ? Intent.HelpOffer
        : VoteButton().IsMatch(text) || cue == ConversationCue.Vote && VoteCommand().IsMatch(text) ? Intent.Vote
        : TripCommand().Match(text) is { Success: true } trip ? (trip.Groups["cancel"].Success ? Intent.CancelTrip : Intent.MyTrips)
        : CancelOrder().IsMatch(text) ? Intent.CancelOrder
        : RateOrder().IsMatch(text) ? Intent.Rate
        : VolunteerCommand().Match(text) is { Success: true } volunteer ? (volunteer.Groups["cancel"].Success ? Intent.VolunteerCancel
            : volunteer.Groups["checkin"].Success ? Intent.VolunteerCheckIn : Intent.VolunteerPoints)
        : text is "?" or "？" or "帮助" or "help" or "菜单" ? Intent.Help
        : VisitCommand().IsMatch(text) ? Intent.RecordVisit
        : PartyCommand().IsMatch(text) ? Intent.PartyRegister
        : null;

    private Parsed Parse(string text, string original, SpeakerRole role, ConversationCue cue)
    {
        var words = _segmenter.Cut(text);
        var wordSet = words.ToHashSet(StringComparer.Ordinal);
        var places = _regions.FindInText(text);
        var categoryScores = Categories.Score(text, wordSet);
        var address = RoomAddressParser.Find(text);
        var command = GridCommandParser.Parse(text);
        var when = ChineseDateTime.Resolve(text, _clock.GetUtcNow(), _timeZone);
        var code = FindHouseholdCode(original);
        var phones = PhoneFinder.FindAll(text);
        // Other's words (工地, 宽带) name a domain, not a problem: they do not make a message a report by themselves.
        var domainScore = categoryScores.Where(c => c.Key != ProblemCategory.Other).Select(c => c.Value).DefaultIfEmpty(0).Max();
        var intentScores = ScoreIntent(text, wordSet, places, domainScore, address, command?.Intent == Intent.GridMyOrders);
        var trip = places.Any(p => GoingWords.Lead(text, p.Text));
        var livesAt = address is { Room: not null } && text.Contains('住', StringComparison.Ordinal);
        var input = new ModelInput
        {
            Characters = text,
            Words = Words(words, role, cue),
            Signals = ModelSignals.Of(intentScores, categoryScores, trip, places.Count > 0, address is not null, livesAt,
                OrderNumber().IsMatch(text) || command?.OrderNumber is not null, when is not null, phones.Count > 0,
                code is not null, SchoolSignUp().IsMatch(text), Form(text, role), role, cue),
        };
        return new Parsed(input, intentScores, words, places, address, when, code, phones);
    }

    private static MessageForm Form(string text, SpeakerRole role) => new(
        MessageShape.IsNotice(text), MessageShape.AddressesNeighbours(text), MessageShape.RefersToEarlierReport(text),
        role == SpeakerRole.Grid && AssigneeFinder.Find(text) is not null);

    // The words, then the words again marked with who writes and in what context, so 收到 from a grid member
    // answering a card weighs differently from 收到 among neighbours.
    private static string Words(IReadOnlyList<string> words, SpeakerRole role, ConversationCue cue)
    {
        var plain = words.Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => w.Replace(' ', '_')).ToList();
        var marker = $"{(role == SpeakerRole.Grid ? "grid" : "resident")}_{cue.ToString().ToLowerInvariant()}";
        return string.Join(' ', plain.Concat([marker]).Concat(plain.Select(w => $"{marker}:{w}")));
    }

    /// <summary>The model this build trained from the corpus before (from the store), else trained now and saved there.</summary>
    private UnderstandingModel LoadOrTrain(TrainedModelStore? store)
    {
        var (messages, version) = LabelledCorpus.ReadTraining();
        var model = store?.Load(version);
        if (model is null)
        {
            model = UnderstandingModel.Train(messages, version, Featurize);
            store?.Save(model);
        }

        // Training leaves several hundred MB of large arrays behind (the optimiser's history), and loading a few dozen MB;
        // the model itself is a few MB. Compact once and give the memory back, or the process keeps it committed.
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return model;
    }

    private sealed record Parsed(
        ModelInput Input, Dictionary<Intent, double> IntentScores, IReadOnlyList<string> Words,
        IReadOnlyList<(string Text, IReadOnlyList<Region> Regions)> Places, RoomAddress? Address, DateTimeResolution? When, string? HouseholdCode,
        IReadOnlyList<PhoneNumber> Phones);

    private static Dictionary<Intent, double> ScoreIntent(
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

        // 上礼拜报的下水道怎么样了: the writer's own earlier report, asked after.
        if (MessageShape.RefersToEarlierReport(text))
        {
            scores[Intent.QueryProgress] = scores.GetValueOrDefault(Intent.QueryProgress) + 2.5;
        }

        // 转发：周日红色星期天… passes a notice on: its words of signing up or reporting are someone else's.
        if (MessageShape.IsNotice(text))
        {
            scores[Intent.None] = scores.GetValueOrDefault(Intent.None) + 3;
        }

        if (OrderNumber().IsMatch(text))
        {
            scores[Intent.QueryProgress] = scores.GetValueOrDefault(Intent.QueryProgress) + 1.5;
        }

        return scores;
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

    [GeneratedRegex(@"^(?:我(?:有|提)(?:个|一个|一条|条)?小?建议\s*[:,]?\s*\S|建议(?:\s*:|\s+)\s*\S)")]
    private static partial Regex SuggestCommand();

    [GeneratedRegex(@"^(?:我|我家|我们家)?(?:投|选)?(?:同意|赞成|反对|不同意|弃权)票?[。.!！]*$")]
    private static partial Regex VoteCommand();

    [GeneratedRegex(@"^(?:我来帮忙?|我来|我需要|同意|不用了|完成|撤销|撤回|举报)\s*hz[0-9]+(?:$|\s|[^0-9])")]
    private static partial Regex HelpPostCommand();

    // Not 不用了 / 好了 alone: they answer other questions too (a prompt's 是/否), and an exact command would interrupt it.
    [GeneratedRegex(@"^(?:我来帮忙?|我来帮你|我可以帮忙?|已经帮好了|已经帮完了|不需要帮忙了|不需要了)[。.!！~]*$")]
    private static partial Regex HelpReply();

    [GeneratedRegex(@"^(?:@\S+\s*)?求助\s*[:,]\s*\S")]
    private static partial Regex HelpRequestCommand();

    [GeneratedRegex(@"^(?:@\S+\s*)?我(?:可以|能)帮(?:忙|大家|邻居)")]
    private static partial Regex HelpOfferCommand();

    [GeneratedRegex(@"^(?:同意|反对|弃权)\s+[a-z0-9]+-yt[0-9]+$")]
    private static partial Regex VoteButton();

    // 走访 3-2-501 …, 走访3幢501, 转工单: the forms the visit list teaches.
    [GeneratedRegex(@"^(?:走访\s*[0-9一二三四五六七八九十]+\s*(?:-|幢|栋|号楼|#)|转工单$)")]
    private static partial Regex VisitCommand();

    [GeneratedRegex(@"^(?:在职)?党员报到[!！。]*$")]
    private static partial Regex PartyCommand();

    [GeneratedRegex(@"^(?:非常)?(?:满意|基本满意|不满意)\s*(?:wo-[0-9]{8}-[0-9]+)?$")]
    private static partial Regex RateOrder();

    [GeneratedRegex("(?:小学|幼儿园|初中|入学|一年级|学位|上学).*报名|报名.*(?:小学|幼儿园|初中|入学|一年级|学位)")]
    private static partial Regex SchoolSignUp();

    [GeneratedRegex(@"(?<![0-9月.])(?<number>[0-9]{1,4})\s*号(?:单)?(?![0-9楼幢栋院门室线口车位路床])")]
    private static partial Regex ShortOrderNumber();

    [GeneratedRegex(@"wo-[0-9]{8}-[0-9]+")]
    private static partial Regex OrderNumber();

    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Za-z0-9]{10}(?![A-Za-z0-9])")]
    private static partial Regex CodeCandidate();
}
