namespace BuildingBot.Community.MutualHelp;

/// <summary>
/// One neighbour's 我来帮 on a post: their consent to be put in touch. The poster's 同意 is the other half; only then are
/// contacts exchanged. Unique per (post, resident).
/// </summary>
public sealed class HelpResponse
{
    public int Id { get; set; }

    public int PostId { get; set; }

    public int ResidentId { get; set; }

    /// <summary>1 for the post's first answer, 2 for the next …: the poster's buttons name it (同意 HZ7 第2位).</summary>
    public int Sequence { get; set; }

    public HelpResponseStatus Status { get; set; }

    public DateTimeOffset AnsweredAt { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }
}
