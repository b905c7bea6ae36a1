namespace BuildingBot.Community.Regions;

/// <summary>GB/T 2260 levels, plus the whole country.</summary>
public enum RegionLevel
{
    National,
    Province,
    City,
    District,
}
