namespace BuildingBot.Community.Regions;

/// <summary>An administrative division: its GB/T 2260 code (2, 4 or 6 digits here), name and parent.</summary>
public sealed record Region(string Code, string Name, RegionLevel Level, string? ParentCode)
{
    /// <summary>The whole country (全国), above every province.</summary>
    public static Region National { get; } = new("00", "全国", RegionLevel.National, null);

    /// <summary>The six-digit form of the code (330100 for 杭州市).</summary>
    public string FullCode => Code.PadRight(6, '0');
}
