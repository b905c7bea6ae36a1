namespace BuildingBot.BotHost.Roster;

/// <summary>A household in the admin roster: its place and its residents (phones masked). Not its 百姓码, which is a secret.</summary>
internal sealed record HouseholdView(RosterPlace Place, IReadOnlyList<HouseholdMember> Residents);
