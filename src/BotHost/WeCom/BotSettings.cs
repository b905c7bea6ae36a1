namespace BuildingBot.BotHost.WeCom;

/// <summary>The smart bot's callback keys.</summary>
internal sealed record BotSettings(string Token, string EncodingAesKey)
{
    public override string ToString() => "WeCom smart bot";
}
