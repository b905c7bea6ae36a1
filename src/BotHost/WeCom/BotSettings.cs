namespace BuildingBot.BotHost.WeCom;

/// <summary>The smart bot's callback keys and the name people @-mention it by (<c>WeCom:Bot:Name</c>).</summary>
internal sealed record BotSettings(string Token, string EncodingAesKey, string Name)
{
    public const string DefaultName = "幸福里助手";

    public override string ToString() => "WeCom smart bot";
}
