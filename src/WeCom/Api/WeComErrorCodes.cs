namespace BuildingBot.WeCom.Api;

/// <summary>WeCom error codes this client acts on.</summary>
public static class WeComErrorCodes
{
    public const int SystemBusy = -1;
    public const int InvalidSecret = 40001;
    public const int InvalidAccessToken = 40014;

    /// <summary>An OAuth2 sign-in code that is wrong, used already or older than five minutes.</summary>
    public const int InvalidCode = 40029;
    public const int MissingAccessToken = 41001;
    public const int AccessTokenExpired = 42001;
    public const int FrequencyLimit = 45009;
    public const int ConcurrencyLimit = 45033;
    public const int ApiForbidden = 48002;
    public const int IpNotAllowed = 60020;
    public const int UserNotFound = 81013;

    /// <summary>The token is no longer valid: refresh it and retry the call once.</summary>
    public static bool IsTokenProblem(int code) => code is InvalidAccessToken or AccessTokenExpired or MissingAccessToken;

    /// <summary>
    /// Worth retrying later. A token refused even after the client fetched a fresh one (or gettoken itself answering so)
    /// is WeCom's passing trouble too: a later attempt fetches again. A wrong secret (40001) is not.
    /// </summary>
    public static bool IsTransient(int code) => code is 0 or SystemBusy or FrequencyLimit or ConcurrencyLimit || IsTokenProblem(code);
}
