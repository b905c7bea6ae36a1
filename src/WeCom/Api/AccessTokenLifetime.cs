namespace BuildingBot.WeCom.Api;

internal static class AccessTokenLifetime
{
    /// <summary>Refresh five minutes early (WeCom tokens live 7200 s), never sooner than half the lifetime.</summary>
    public static TimeSpan RefreshBefore(TimeSpan lifetime) =>
        lifetime > TimeSpan.FromMinutes(10) ? lifetime - TimeSpan.FromMinutes(5) : lifetime / 2;
}
