namespace BuildingBot.Community.Party;

/// <summary>One registered member's month for their workplace branch: where they serve, hours and activities attended.</summary>
public sealed record PartyServiceRow(
    int RegistrationId, string Name, string Compound, string Home, string WorkplaceBranch, ServicePost Post, bool Confirmed,
    double Hours, IReadOnlyList<string> Activities);
