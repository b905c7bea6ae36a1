using BuildingBot.Community.Groups;

namespace BuildingBot.BotHost.StaffConsole.Rosters;

/// <summary>Which buildings have a bound group (and which), which have none, and how many there are of each.</summary>
public sealed record GroupBindings(
    int Buildings, int BoundBuildings, IReadOnlyList<GroupBindings.Bound> Groups, IReadOnlyList<GroupBindings.Unbound> WithoutGroup)
{
    /// <summary>How many rows of each list the page shows at most; the counts above are of all.</summary>
    public const int Listed = 500;

    public sealed record Bound(string Compound, string Building, string Name, string ChatId, DeliveryMode Mode);

    public sealed record Unbound(string CompoundCode, string Compound, string BuildingCode, string Building);
}
