namespace BuildingBot.Community.MutualHelp;

/// <summary>What happens to a post without its poster: expiry, the confirmation asked for, reports and staff review.</summary>
public sealed partial class HelpPost
{
    /// <summary>Past its time with nobody accepted: closed.</summary>
    public bool Expire(DateTimeOffset now)
    {
        if (Status != HelpStatus.Open || now < ExpiresAt)
        {
            return false;
        }

        Status = HelpStatus.Expired;
        Raise(new HelpPostChanged(this, HelpEventKind.Expired));
        return true;
    }

    /// <summary>Matched and past the time asked for (or a day after matching): the asker gets a 已经帮好了 button, once.</summary>
    public bool AskConfirmation(DateTimeOffset now)
    {
        var due = When is { } at && at > (MatchedAt ?? CreatedAt) ? at : (MatchedAt ?? CreatedAt).AddDays(1);
        if (Status != HelpStatus.Matched || ConfirmationAskedAt is not null || now < due)
        {
            return false;
        }

        ConfirmationAskedAt = now;
        Raise(new HelpPostChanged(this, HelpEventKind.ConfirmationAsked));
        return true;
    }

    /// <summary>举报: hidden at once, whatever its state before (unless it is over).</summary>
    public HelpRefusal? Hide()
    {
        if (Status is not (HelpStatus.Open or HelpStatus.Matched or HelpStatus.Hidden))
        {
            return HelpRefusal.NotOpen;
        }

        var first = Status != HelpStatus.Hidden;
        Status = HelpStatus.Hidden;
        if (first)
        {
            Raise(new HelpPostChanged(this, HelpEventKind.Reported));
        }

        return null;
    }

    /// <summary>Staff found the report unfounded: open again (matched again, when it had a helper).</summary>
    public HelpRefusal? Restore()
    {
        if (Status != HelpStatus.Hidden)
        {
            return HelpRefusal.NotHidden;
        }

        Status = PartnerResidentId is null ? HelpStatus.Open : HelpStatus.Matched;
        Raise(new HelpPostChanged(this, HelpEventKind.Restored));
        return null;
    }

    /// <summary>Staff upheld the report: removed for good.</summary>
    public HelpRefusal? Remove()
    {
        if (Status != HelpStatus.Hidden)
        {
            return HelpRefusal.NotHidden;
        }

        Status = HelpStatus.Removed;
        Raise(new HelpPostChanged(this, HelpEventKind.Removed));
        return null;
    }
}
