namespace BuildingBot.Community.Identity;

/// <summary>One row of <see cref="IdentityDirectory"/>'s lookup: the group's building, a grid member or a resident.</summary>
internal sealed class IdentityRow
{
    public const int Group = 1;
    public const int Member = 2;
    public const int Resident = 3;

    public int Kind { get; set; }

    public int? Id { get; set; }

    public string? Name { get; set; }

    public string? Role { get; set; }

    public int? HouseholdId { get; set; }

    public int? BuildingId { get; set; }
}
