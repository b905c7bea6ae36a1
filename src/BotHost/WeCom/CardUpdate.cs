namespace BuildingBot.BotHost.WeCom;

/// <summary>After a template-card click is handled: the card to mark 已处理 (the clicker and WeCom's response code).</summary>
internal sealed record CardUpdate(string UserId, string ResponseCode);
