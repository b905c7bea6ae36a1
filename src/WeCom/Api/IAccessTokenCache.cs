namespace BuildingBot.WeCom.Api;

/// <summary>Access tokens per (corp, app), fetched by one caller at a time and shared until shortly before they expire.</summary>
public interface IAccessTokenCache
{
    /// <param name="fetch">Calls gettoken; returns the token and its lifetime.</param>
    /// <param name="staleToken">A token WeCom just refused: fetch a new one unless another caller already did.</param>
    Task<string> GetAsync(string key, Func<CancellationToken, Task<(string Token, TimeSpan Lifetime)>> fetch, string? staleToken, CancellationToken cancellationToken);
}
