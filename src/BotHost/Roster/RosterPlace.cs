namespace BuildingBot.BotHost.Roster;

/// <summary>Where a household is: compound, building, unit and room, with the codes a roster import uses.</summary>
internal sealed record RosterPlace(
    int HouseholdId, string CompoundCode, string CompoundName, string BuildingCode, string BuildingName, int Unit, string Room);
