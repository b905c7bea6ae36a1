using System.Text.Json.Nodes;
using BuildingBot.Dialogs.State;

namespace BuildingBot.Dialogs.Tests.State;

public class StateBagTests
{
    private static StateBag RoundTrip(StateBag bag) => new((JsonNode.Parse(bag.Values.ToJsonString(StateJson.Options)) as JsonObject)!);

    [Fact]
    public void Values_KeepTheirTypes_ThroughAStorageRoundTrip()
    {
        var bag = new StateBag();
        bag.Set("int", 42);
        bag.Set("long", 9_000_000_000L);
        bag.Set("double", 0.1);
        bag.Set("decimal", 12.50m);
        bag.Set("bool", true);
        bag.Set("when", new DateTimeOffset(2026, 11, 27, 9, 30, 0, TimeSpan.FromHours(8)));
        bag.Set("list", new List<int> { 1, 2, 3 });
        bag.Set("text", "紅色星期天");

        var back = RoundTrip(bag);

        Assert.Equal(42, back.Get<int>("int"));
        Assert.Equal(9_000_000_000L, back.Get<long>("long"));
        Assert.Equal(0.1, back.Get<double>("double"));
        Assert.Equal(12.50m, back.Get<decimal>("decimal"));
        Assert.True(back.Get<bool>("bool"));
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 9, 30, 0, TimeSpan.FromHours(8)), back.Get<DateTimeOffset>("when"));
        Assert.Equal([1, 2, 3], back.Get<List<int>>("list"));
        Assert.Equal("紅色星期天", back.Get<string>("text"));
        Assert.Contains("紅色星期天", bag.Values.ToJsonString(StateJson.Options), StringComparison.Ordinal);
    }

    [Fact]
    public void Get_ReturnsDefault_WhenTheKeyIsMissing()
    {
        var bag = new StateBag();

        Assert.Equal(0, bag.Get<int>("missing"));
        Assert.False(bag.TryGet<int>("missing", out _));
    }
}
