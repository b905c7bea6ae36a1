using BuildingBot.Community.Configuration;
using Microsoft.Extensions.Configuration;

namespace BuildingBot.Community.Regions;

/// <summary>
/// Where the community is (<c>Community:RegionCode</c>, a GB/T 2260 code): policy answers prefer it, and
/// group notices on topics other than travel only concern it and the levels above it. Null when not set.
/// </summary>
public sealed class HomeRegion(Region? region)
{
    public const string Key = "Community:RegionCode";

    public Region? Region { get; } = region;

    /// <summary>Reads the setting; an unknown code stops the start-up, naming the key.</summary>
    public static HomeRegion From(IConfiguration configuration, RegionDirectory regions)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(regions);
        var code = configuration[Key]?.Trim();
        return string.IsNullOrEmpty(code) ? new HomeRegion(null)
            : regions.Find(code) is { } region ? new HomeRegion(region)
            : throw new InvalidConfigurationException(Key, $"'{code}' is not a known GB/T 2260 region code");
    }

    /// <summary>Whether a policy for <paramref name="regionCode"/> applies here: the community's region or a level above it.</summary>
    public bool Covers(string regionCode, RegionDirectory regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        return Region is { } home && regions.WithAncestors(home).Any(r => r.Code == regionCode);
    }
}
