namespace BuildingBot.WeCom.Api;

/// <summary>A self-built app: the corp id, its agent id and secret. ToString never shows the secret.</summary>
public sealed record WeComAppCredentials(string CorpId, string AgentId, string Secret)
{
    public string CacheKey => $"{CorpId}:{AgentId}";

    public override string ToString() => $"WeCom app {AgentId} of {CorpId}";
}
