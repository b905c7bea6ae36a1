namespace BuildingBot.BotHost.WeCom;

/// <summary>The self-built app's keys.</summary>
internal sealed record AppSettings(string AgentId, string Secret, string Token, string EncodingAesKey)
{
    public override string ToString() => $"WeCom app {AgentId}";
}
