namespace BuildingBot.Community.MutualHelp;

/// <summary>邻里互助 limits and the 时间银行 credit of one help (section <c>MutualHelp</c>).</summary>
public sealed class HelpOptions
{
    public const string Section = "MutualHelp";

    /// <summary>Open posts (open or matched, not yet done) one resident may have at once.</summary>
    public int MaxOpenPerResident { get; set; } = 3;

    /// <summary>How long a post without a time stays open.</summary>
    public TimeSpan DefaultExpiry { get; set; } = TimeSpan.FromDays(3);

    /// <summary>
    /// Hours credited per help. Most neighbourly favours (picking up a child, fixing a computer, carrying shopping)
    /// take about an hour, and the asker confirms that it happened, not how long it took: one hour keeps helps
    /// comparable with volunteer days, which credit their actual duration.
    /// </summary>
    public double HoursPerHelp { get; set; } = 1;

    /// <summary>Points per help: a volunteer day's default rate (10 per hour) times <see cref="HoursPerHelp"/>.</summary>
    public int PointsPerHelp { get; set; } = 10;
}
