using BuildingBot.Community.Events;

namespace BuildingBot.Community.MutualHelp;

/// <summary>
/// 邻里互助: a resident's need or offer, posted in the compound's building groups under a short number (HZ7) without
/// personal details. Neighbours answer 我来帮; the poster accepts one (both consented: contacts are exchanged privately)
/// and the asker later confirms it happened. Each change raises <see cref="HelpPostChanged"/> or returns a
/// <see cref="HelpRefusal"/> and changes nothing.
/// </summary>
public sealed partial class HelpPost : AggregateRoot
{
    public const int MaxTextLength = 200;
    public const int MaxWhereLength = 50;

    public int Id { get; set; }

    public int CompoundId { get; set; }

    /// <summary>HZ{n}, n counting the compound's posts; unique per compound.</summary>
    public required string Number { get; set; }

    public HelpKind Kind { get; set; }

    public int PosterResidentId { get; set; }

    /// <summary>What is needed or offered, personal details removed.</summary>
    public required string What { get; set; }

    /// <summary>When, as the poster said it (明天下午), or null for an offer without a time.</summary>
    public string? WhenText { get; set; }

    /// <summary>The time asked for, when one was understood.</summary>
    public DateTimeOffset? When { get; set; }

    /// <summary>Where within the compound (家里, 小区门口 …).</summary>
    public string? Where { get; set; }

    public HelpStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Past this, an open post expires.</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>The neighbour the poster accepted.</summary>
    public int? PartnerResidentId { get; set; }

    public DateTimeOffset? MatchedAt { get; set; }

    public DateTimeOffset? DoneAt { get; set; }

    /// <summary>When the asker was sent the 已经帮好了 button (once, after the time asked for).</summary>
    public DateTimeOffset? ConfirmationAskedAt { get; set; }

    public int Revision { get; set; }

    public List<HelpResponse> Responses { get; } = [];

    /// <summary>Who receives the help: the poster of a need, the neighbour who asked for an offer.</summary>
    public int? AskerResidentId => Kind == HelpKind.Need ? PosterResidentId : PartnerResidentId;

    /// <summary>Who gives it (and earns the points).</summary>
    public int? HelperResidentId => Kind == HelpKind.Need ? PartnerResidentId : PosterResidentId;

    public static HelpPost Create(
        int compoundId, string number, HelpKind kind, int posterId, string what, string? whenText, DateTimeOffset? when, string? where,
        DateTimeOffset now, TimeSpan defaultExpiry)
    {
        var post = new HelpPost
        {
            CompoundId = compoundId, Number = number, Kind = kind, PosterResidentId = posterId, What = what.Trim(), WhenText = whenText,
            When = when, Where = where, Status = HelpStatus.Open, CreatedAt = now,
            ExpiresAt = when is { } at && at > now ? at : now + defaultExpiry,
        };
        post.Raise(new HelpPostChanged(post, HelpEventKind.Posted));
        return post;
    }

    /// <summary>Why a text cannot be posted; null when it can.</summary>
    public static HelpRefusal? Refuse(string? what) =>
        string.IsNullOrWhiteSpace(what) || what.Trim().Length > MaxTextLength ? HelpRefusal.BadText : null;

    /// <summary>我来帮 (or, on an offer, 我需要): the neighbour's consent; the poster is asked next.</summary>
    public HelpRefusal? Answer(int residentId, DateTimeOffset now)
    {
        if (residentId == PosterResidentId)
        {
            return HelpRefusal.OwnPost;
        }

        if (Status != HelpStatus.Open)
        {
            return Status == HelpStatus.Matched || Status == HelpStatus.Done ? HelpRefusal.Taken : HelpRefusal.NotOpen;
        }

        if (Responses.Any(r => r.ResidentId == residentId))
        {
            return HelpRefusal.AlreadyAnswered;
        }

        Responses.Add(new HelpResponse { ResidentId = residentId, Sequence = Responses.Count + 1, Status = HelpResponseStatus.Waiting, AnsweredAt = now });
        Raise(new HelpPostChanged(this, HelpEventKind.Answered, residentId));
        return null;
    }

    /// <summary>
    /// The poster's 同意 (the second consent) or 不用了 for the answer with <paramref name="sequence"/> (the oldest one
    /// waiting when null). One helper per post: accepting one tells the others it is taken.
    /// </summary>
    public HelpRefusal? Decide(int posterId, int? sequence, bool agree, DateTimeOffset now)
    {
        if (posterId != PosterResidentId)
        {
            return HelpRefusal.NotYours;
        }

        var response = Responses.Where(r => r.Status == HelpResponseStatus.Waiting && (sequence is null || r.Sequence == sequence))
            .OrderBy(r => r.Sequence).FirstOrDefault();
        if (Status == HelpStatus.Matched || Status == HelpStatus.Done)
        {
            return HelpRefusal.Taken;
        }

        if (Status != HelpStatus.Open || response is null)
        {
            return HelpRefusal.NotOpen;
        }

        response.DecidedAt = now;
        if (!agree)
        {
            response.Status = HelpResponseStatus.Declined;
            Raise(new HelpPostChanged(this, HelpEventKind.Declined, response.ResidentId));
            return null;
        }

        response.Status = HelpResponseStatus.Accepted;
        foreach (var other in Responses.Where(r => r.Status == HelpResponseStatus.Waiting))
        {
            other.Status = HelpResponseStatus.Taken;
            other.DecidedAt = now;
        }

        Status = HelpStatus.Matched;
        PartnerResidentId = response.ResidentId;
        MatchedAt = now;
        Raise(new HelpPostChanged(this, HelpEventKind.Accepted, response.ResidentId));
        return null;
    }

    /// <summary>完成 / 已经帮好了 by the asker: done, and the helper is credited (once).</summary>
    public HelpRefusal? Confirm(int residentId, DateTimeOffset now)
    {
        if (Status == HelpStatus.Done)
        {
            return HelpRefusal.AlreadyDone;
        }

        if (Status != HelpStatus.Matched)
        {
            return HelpRefusal.NotMatched;
        }

        if (residentId != AskerResidentId)
        {
            return HelpRefusal.NotYours;
        }

        Status = HelpStatus.Done;
        DoneAt = now;
        Raise(new HelpPostChanged(this, HelpEventKind.Confirmed, HelperResidentId));
        return null;
    }

    /// <summary>撤销 / 不需要了 by the poster, while nobody has been accepted.</summary>
    public HelpRefusal? Withdraw(int residentId)
    {
        if (residentId != PosterResidentId)
        {
            return HelpRefusal.NotYours;
        }

        if (Status != HelpStatus.Open)
        {
            return HelpRefusal.NotOpen;
        }

        Status = HelpStatus.Withdrawn;
        Raise(new HelpPostChanged(this, HelpEventKind.Withdrawn));
        return null;
    }
}
