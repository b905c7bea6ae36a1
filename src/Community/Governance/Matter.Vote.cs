namespace BuildingBot.Community.Governance;

public sealed partial class Matter
{
    /// <summary>After 审议: the owners vote until <paramref name="deadline"/>; the bot posts the question to every building group.</summary>
    public MatterRefusal? OpenVote(DateTimeOffset deadline, DateTimeOffset now)
    {
        if (Status != MatterStatus.Open || Stage != MatterStage.Review)
        {
            return MatterRefusal.WrongStage;
        }

        if (deadline <= now)
        {
            return MatterRefusal.BadDeadline;
        }

        Stage = MatterStage.Resolve;
        Status = MatterStatus.Voting;
        VoteOpenedAt = now;
        VoteDeadline = deadline;
        Raise(new MatterChanged(this, MatterEventKind.VoteOpened));
        return null;
    }

    /// <summary>The household's ballot; a later one replaces the earlier until the deadline. Returns whether it replaced one.</summary>
    public (MatterRefusal? Refusal, bool Replaced) Cast(int householdId, VoteChoice choice, DateTimeOffset now)
    {
        if (Status != MatterStatus.Voting)
        {
            return (MatterRefusal.NotVoting, false);
        }

        if (now >= VoteDeadline)
        {
            return (MatterRefusal.DeadlinePassed, false);
        }

        if (Ballots.Find(b => b.HouseholdId == householdId) is { } ballot)
        {
            ballot.Choice = choice;
            ballot.CastAt = now;
            ballot.Changes++;
            return (null, true);
        }

        Ballots.Add(new MatterBallot { HouseholdId = householdId, Choice = choice, CastAt = now });
        return (null, false);
    }

    /// <summary>At the deadline: the counts decide, and 决议 is recorded as passed or not with the reason.</summary>
    public MatterRefusal? CloseVote(VoteTally tally, string by, DateOnly day, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(tally);
        if (Status != MatterStatus.Voting)
        {
            return MatterRefusal.NotVoting;
        }

        if (now < VoteDeadline)
        {
            return MatterRefusal.NotYetDue;
        }

        Result = tally;
        Status = tally.Passed ? MatterStatus.Passed : MatterStatus.Failed;
        Steps.Add(new MatterStep
        {
            Stage = MatterStage.Resolve, Date = day, Outcome = tally.Passed ? StageOutcome.Passed : StageOutcome.Rejected,
            Note = tally.Passed ? null : tally.QuorumReached ? "同意未达到法定比例" : "参与表决的业主未达到三分之二",
            RecordedBy = by, RecordedAt = now,
        });
        Raise(new MatterChanged(this, MatterEventKind.VoteClosed));
        return null;
    }

    /// <summary>A daily reminder to the households that have not voted; false when one went out today already.</summary>
    public bool Remind(DateOnly today, DateTimeOffset now)
    {
        if (Status != MatterStatus.Voting || now >= VoteDeadline || LastRemindedOn == today)
        {
            return false;
        }

        LastRemindedOn = today;
        Raise(new MatterChanged(this, MatterEventKind.Reminded));
        return true;
    }
}
