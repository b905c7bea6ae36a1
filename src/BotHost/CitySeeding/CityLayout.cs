using BuildingBot.Community.People;

namespace BuildingBot.BotHost.CitySeeding;

/// <summary>
/// Where every row of the city goes: ids are the first free id of each table plus an index, so places, people and orders
/// refer to each other by arithmetic, without reading anything back and without holding the city in memory.
/// </summary>
internal sealed class CityLayout(CityShape shape, IReadOnlyDictionary<string, long> firstIds)
{
    public CityShape Shape { get; } = shape;

    public int Community(int index) => (int)firstIds["Communities"] + index;

    public int Compound(int index) => (int)firstIds["Compounds"] + index;

    public int Grid(int index) => (int)firstIds["Grids"] + index;

    public int Building(int index) => (int)firstIds["Buildings"] + index;

    public int Unit(int index) => (int)firstIds["Units"] + index;

    public int Household(long index) => (int)(firstIds["Households"] + index);

    /// <summary>One resident per household, the same index.</summary>
    public int Resident(long householdIndex) => (int)(firstIds["Residents"] + householdIndex);

    public int GridMember(int index) => (int)firstIds["GridMembers"] + index;

    public int PartyBranch(int index) => (int)firstIds["PartyBranches"] + index;

    public int PartyGroup(int index) => (int)firstIds["PartyGroups"] + index;

    public int BuildingGroup(int index) => (int)firstIds["BuildingGroups"] + index;

    public int WorkOrder(int index) => (int)firstIds["WorkOrders"] + index;

    public int WorkOrderReporter(int index) => (int)firstIds["WorkOrderReporters"] + index;

    public long WorkOrderEvent(long index) => firstIds["WorkOrderEvents"] + index;

    /// <summary>The grid (index) that covers a building (index): the compound's buildings are split in contiguous runs.</summary>
    public int GridOfBuilding(int building)
    {
        var compound = building / Shape.BuildingsPerCompound;
        var within = building % Shape.BuildingsPerCompound;
        return (compound * Shape.GridsPerCompound) + (within * Shape.GridsPerCompound / Shape.BuildingsPerCompound);
    }

    /// <summary>The first building (index) a grid (index) covers.</summary>
    public int FirstBuildingOfGrid(int grid)
    {
        var compound = grid / Shape.GridsPerCompound;
        var within = grid % Shape.GridsPerCompound;
        return (compound * Shape.BuildingsPerCompound) + (((within * Shape.BuildingsPerCompound) + Shape.GridsPerCompound - 1) / Shape.GridsPerCompound);
    }

    /// <summary>A grid's members in turn: the leader, a grid member, a mediator, then captains of its first buildings.</summary>
    public static GridMemberRole RoleOf(int memberWithinGrid) => memberWithinGrid switch
    {
        0 => GridMemberRole.GridLeader,
        1 => GridMemberRole.GridMember,
        2 => GridMemberRole.Mediator,
        _ => GridMemberRole.BuildingCaptain,
    };

    /// <summary>The building (index) a member (index within its grid) is captain of, when the role is captain.</summary>
    public int CaptainsBuilding(int grid, int memberWithinGrid) => FirstBuildingOfGrid(grid) + memberWithinGrid - 3;

    /// <summary>Floor and room on the door ("501") of a household (index within its building), and its unit number.</summary>
    public (int Unit, int Floor, string Room) RoomOf(int householdWithinBuilding)
    {
        var unit = householdWithinBuilding / Shape.HouseholdsPerUnit;
        var within = householdWithinBuilding % Shape.HouseholdsPerUnit;
        var floor = (within / 2) + 1;
        return (unit + 1, floor, $"{floor}{(within % 2) + 1:D2}");
    }
}
