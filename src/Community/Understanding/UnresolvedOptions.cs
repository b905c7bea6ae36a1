namespace BuildingBot.Community.Understanding;

/// <summary>How long misunderstood messages are kept (<c>Understanding:Unresolved</c>).</summary>
public sealed class UnresolvedOptions
{
    public const string Section = "Understanding:Unresolved";

    /// <summary>Rows older than this are removed by the daily housekeeping (labelled ones too: their text is in the corpus file).</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(90);

    /// <summary>At most this many rows are kept; the oldest go first.</summary>
    public int MaxRows { get; set; } = 10_000;
}
