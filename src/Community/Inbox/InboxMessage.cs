namespace BuildingBot.Community.Inbox;

/// <summary>
/// A channel callback that was acknowledged but not yet handled. Stored before the acknowledgement,
/// so a crash between the two loses nothing; the unique key also makes a channel's retry a no-op.
/// </summary>
public sealed class InboxMessage
{
    public long Id { get; set; }

    /// <summary>The activity's de-duplication key (WeCom msgid or event key).</summary>
    public required string Key { get; set; }

    /// <summary>The activity as JSON.</summary>
    public required string Payload { get; set; }

    /// <summary>What to do after the turn, as JSON (e.g. the card to update after a button click).</summary>
    public string? FollowUp { get; set; }

    public bool Handled { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    public string? LastError { get; set; }
}
