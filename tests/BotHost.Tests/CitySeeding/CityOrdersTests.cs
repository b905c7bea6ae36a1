using BuildingBot.BotHost.CitySeeding;
using BuildingBot.Community.Configuration;
using BuildingBot.Community.WorkOrders;

namespace BuildingBot.BotHost.Tests.CitySeeding;

/// <summary>The order history: the same seed gives the same orders, and every order's timeline follows the domain's rules.</summary>
public sealed class CityOrdersTests
{
    private static readonly DateTimeOffset End = new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Orders_AreTheSame_ForTheSameSeed_AndDifferForAnother()
    {
        var first = Describe(Generate(new CityShape { Compounds = 4, Orders = 500, Seed = 3 }));
        var again = Describe(Generate(new CityShape { Compounds = 4, Orders = 500, Seed = 3 }));
        var other = Describe(Generate(new CityShape { Compounds = 4, Orders = 500, Seed = 4 }));

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Orders_HaveTimelinesInOrder_WithinTheHistory()
    {
        var orders = Generate(new CityShape { Compounds = 4, Orders = 2000 });

        Assert.All(orders, order =>
        {
            Assert.Equal(WorkOrderEventKind.Created, order.Events[0].Kind);
            Assert.True(order.Events.Zip(order.Events.Skip(1)).All(pair => pair.First.At <= pair.Second.At));
            Assert.InRange(order.Events[^1].At, End - CityOrders.History, End);
            Assert.All(order.Events, e => Assert.Equal(order.Id, e.WorkOrderId));
        });
        var ids = orders.SelectMany(o => o.Events).Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.InRange(orders.Count(o => o.Status == WorkOrderStatus.Closed), 1400, 1990);
        Assert.Contains(orders, o => o.Status == WorkOrderStatus.Cancelled);
        Assert.Contains(orders, o => o.Events.Any(e => e.Kind == WorkOrderEventKind.Reopened));
    }

    private static List<WorkOrder> Generate(CityShape shape)
    {
        var first = new Dictionary<string, long>
        {
            ["Communities"] = 1, ["Compounds"] = 1, ["Grids"] = 1, ["Buildings"] = 1, ["Units"] = 1, ["Households"] = 1, ["Residents"] = 1,
            ["GridMembers"] = 1, ["PartyBranches"] = 1, ["PartyGroups"] = 1, ["BuildingGroups"] = 1, ["WorkOrders"] = 1,
            ["WorkOrderReporters"] = 1, ["WorkOrderEvents"] = 1,
        };
        var layout = new CityLayout(shape, first);
        var places = new CityPlaces(layout, End - CityOrders.History);
        return [.. new CityOrders(layout, places, new WorkOrderOptions(), CommunityTimeZone.Default, End).Orders()];
    }

    private static List<string> Describe(IEnumerable<WorkOrder> orders) =>
        [.. orders.Select(o => $"{o.Number} {o.BuildingId} {o.Category} {o.Status} {o.Description} {o.Events.Count} {o.Events[^1].At:O}")];
}
