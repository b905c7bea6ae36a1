using BuildingBot.Community.Configuration;
using BuildingBot.Community.Regions;
using Microsoft.Extensions.Configuration;

namespace BuildingBot.Community.Tests.Regions;

public class HomeRegionTests
{
    private static IConfiguration Settings(string? code) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [HomeRegion.Key] = code }).Build();

    [Fact]
    public void From_ReadsTheRegionCode_AndCoversItAndTheLevelsAbove()
    {
        var home = HomeRegion.From(Settings("330106"), RegionDirectory.Shared);

        Assert.Equal("西湖区", home.Region?.Name);
        Assert.True(home.Covers("330106", RegionDirectory.Shared) && home.Covers("3301", RegionDirectory.Shared)
            && home.Covers("33", RegionDirectory.Shared) && home.Covers("00", RegionDirectory.Shared));
        Assert.False(home.Covers("3201", RegionDirectory.Shared));
        Assert.False(home.Covers("330102", RegionDirectory.Shared));
    }

    [Fact]
    public void From_IsNowhere_WhenNotSet()
    {
        var home = HomeRegion.From(Settings(null), RegionDirectory.Shared);

        Assert.Null(home.Region);
        Assert.False(home.Covers("00", RegionDirectory.Shared));
    }

    [Fact]
    public void From_Throws_NamingTheKey_ForAnUnknownCode()
    {
        var error = Assert.Throws<InvalidConfigurationException>(() => HomeRegion.From(Settings("999999"), RegionDirectory.Shared));

        Assert.Contains(HomeRegion.Key, error.Message, StringComparison.Ordinal);
    }
}
