namespace BuildingBot.BotHost.Roster;

/// <summary>A resident as a household lists them, the phone masked.</summary>
internal sealed record HouseholdMember(int Id, string Name, string? Phone, bool PartyMember);
