using BuildingBot.Community.Regions;
using BuildingBot.Dialogs.Policies;

namespace BuildingBot.Dialogs.Tests.Policies;

public class TravelDestinationTests
{
    private static readonly RegionDirectory Regions = RegionDirectory.Shared;

    [Theory]
    [InlineData("从上海去杭州出差", "3301")]
    [InlineData("下周回老家安徽阜阳", "3412")]
    [InlineData("老家是阜阳的，过年回去", "3412")]
    [InlineData("春节回杭", "3301")]
    [InlineData("去上海浦东开会", "310115")]
    [InlineData("去乌鲁木齐", "6501")]
    public void From_PicksThePlaceBeingGoneTo(string text, string code)
    {
        Assert.Equal(code, Assert.Single(Destination(text)).Code);
    }

    [Fact]
    public void From_NarrowsAnAmbiguousName_ByTheLargerPlaceNamedWithIt()
    {
        var candidates = Destination("下周去辽宁朝阳");

        Assert.NotEmpty(candidates);
        Assert.All(candidates, c => Assert.StartsWith("21", c.Code, StringComparison.Ordinal));
        Assert.True(Destination("下周去朝阳").Count > candidates.Count);
    }

    [Fact]
    public void From_ReturnsNothing_WhenNoPlaceIsNamed()
    {
        Assert.Empty(Destination("下周回老家"));
    }

    private static IReadOnlyList<Region> Destination(string text) => TravelDestination.From(text, Regions.FindInText(text), Regions);
}
