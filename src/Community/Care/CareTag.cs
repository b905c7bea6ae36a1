namespace BuildingBot.Community.Care;

/// <summary>关爱标签: a reason to visit a household regularly (独居老人, 低保 …), with how often.</summary>
public sealed class CareTag
{
    public const int NameLength = 16;

    public int Id { get; set; }

    /// <summary>The tag as staff write it, e.g. 独居老人; unique.</summary>
    public required string Name { get; set; }

    /// <summary>Days between visits; a household with several tags is visited at the shortest.</summary>
    public int VisitIntervalDays { get; set; }
}
