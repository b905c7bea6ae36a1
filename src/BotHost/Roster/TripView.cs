namespace BuildingBot.BotHost.Roster;

/// <summary>A registered trip (出行登记): where (GB/T 2260 code and name) and when.</summary>
internal sealed record TripView(int Id, string RegionCode, string? RegionName, DateOnly From, DateOnly To, DateTimeOffset CreatedAt);
