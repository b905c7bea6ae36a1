namespace BuildingBot.BotHost.Roster;

/// <summary>A resident's trips, latest first.</summary>
internal sealed record ResidentTrips(int ResidentId, string Name, IReadOnlyList<TripView> Trips);
