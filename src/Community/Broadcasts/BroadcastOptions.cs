namespace BuildingBot.Community.Broadcasts;

/// <summary>Section <c>Broadcasts</c>.</summary>
public sealed class BroadcastOptions
{
    public const string Section = "Broadcasts";

    /// <summary>An occurrence missed by downtime is still sent within this long after its moment; later it is skipped.</summary>
    public TimeSpan MisfireWindow { get; set; } = TimeSpan.FromHours(2);
}
