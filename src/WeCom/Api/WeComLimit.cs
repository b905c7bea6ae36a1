namespace BuildingBot.WeCom.Api;

/// <summary>At most <paramref name="Limit"/> calls per <paramref name="Window"/> counted under <paramref name="Key"/>.</summary>
public sealed record WeComLimit(string Key, int Limit, TimeSpan Window);
