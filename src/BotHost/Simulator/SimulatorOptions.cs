namespace BuildingBot.BotHost.Simulator;

/// <summary>The Simulator section (whether it is served at all is decided by Access.AccessSettings).</summary>
public sealed class SimulatorOptions
{
    public const string Section = "Simulator";

    /// <summary>Live streams (SSE) open at once in this process; one more is answered 429.</summary>
    public int MaxStreams { get; set; } = 64;
}
