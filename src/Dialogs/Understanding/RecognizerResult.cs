using BuildingBot.Community.Categories;
using BuildingBot.Community.People;
using BuildingBot.Community.Regions;
using BuildingBot.Community.WorkOrders;

namespace BuildingBot.Dialogs.Understanding;

/// <summary>What the bot understood of one message.</summary>
public sealed record RecognizerResult
{
    public static RecognizerResult Empty { get; } = new();

    /// <summary>The message after normalisation (simplified characters, ASCII digits, lower case).</summary>
    public string Text { get; init; } = string.Empty;

    public Intent Intent { get; init; }

    /// <summary>The intent's lexicon score, or <see cref="Recognizer.CommandScore"/> for a message in a command's exact form.</summary>
    public double Score { get; init; }

    /// <summary>How sure the classifier is of the intent (its probability; 1 for an exact command).</summary>
    public double Confidence { get; init; }

    /// <summary>The most probable intents (up to three) with their probabilities, for a clarifying question.</summary>
    public IReadOnlyList<IntentCandidate> Candidates { get; init; } = [];

    /// <summary>The problem category, meaningful for reports.</summary>
    public ProblemCategory Category { get; init; }

    public Urgency Urgency { get; init; }

    public EmergencyKind Emergencies { get; init; }

    public IReadOnlyList<string> UrgencySignals { get; init; } = [];

    public RoomAddress? Address { get; init; }

    public IReadOnlyList<PhoneNumber> Phones { get; init; } = [];

    public DateTimeResolution? When { get; init; }

    /// <summary>Place names found, each with every region the name may mean.</summary>
    public IReadOnlyList<(string Text, IReadOnlyList<Region> Regions)> Places { get; init; } = [];

    /// <summary>A grid member's command and its arguments, when the message is one.</summary>
    public GridCommand? Command { get; init; }

    /// <summary>A work-order number in the message (WO-20261126-0042, or a command's short number).</summary>
    public string? OrderNumber { get; init; }

    /// <summary>A 百姓码 in the message, when there is one.</summary>
    public string? HouseholdCode { get; init; }

    /// <summary>
    /// A resident's message points at one earlier report of theirs without its number (上午说的那个有人管吗,
    /// 上礼拜报的下水道怎么样了): a progress question about their latest open order.
    /// </summary>
    public bool EarlierReport { get; init; }

    public IReadOnlyList<string> Words { get; init; } = [];

    /// <summary>Who wrote it, as the recognizer was told.</summary>
    public SpeakerRole Role { get; init; }

    /// <summary>What the bot last showed the writer, as the recognizer was told.</summary>
    public ConversationCue Cue { get; init; }
}
