namespace BuildingBot.BotHost.Roster;

/// <summary>
/// A resident in the admin roster: the phone masked (138****5678), whether the bot knows their chat identity
/// (<paramref name="Linked"/>), and their household, if bound.
/// </summary>
internal sealed record ResidentView(
    int Id, string Name, string? Phone, bool PartyMember, string Channel, bool Linked, RosterPlace? Household, DateTimeOffset CreatedAt);
