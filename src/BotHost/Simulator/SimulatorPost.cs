namespace BuildingBot.BotHost.Simulator;

/// <summary>A message typed into the simulator: who speaks (groups only), the text and optional images.</summary>
public sealed record SimulatorPost(string? UserId, string? Text, IReadOnlyList<string?>? Images);
