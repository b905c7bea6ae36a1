namespace BuildingBot.WeCom.Api;

/// <summary>WeCom answered with an error code; the message carries WeCom's own text (no token, no secret).</summary>
public sealed class WeComApiException : Exception
{
    public WeComApiException()
    {
    }

    public WeComApiException(string message)
        : base(message)
    {
    }

    public WeComApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public WeComApiException(int errorCode, string? errorMessage)
        : base($"WeCom error {errorCode}: {errorMessage}")
    {
        ErrorCode = errorCode;
    }

    public int ErrorCode { get; }

    /// <summary>The HTTP status when WeCom (or what stands in front of it) answered with an HTTP error instead of a body.</summary>
    public int? HttpStatus { get; init; }

    /// <summary>Worth retrying later: busy (-1), frequency limits (45009, 45033), token refusals (40014, 41001, 42001), or an HTTP/network failure (0).</summary>
    public bool IsTransient => WeComErrorCodes.IsTransient(ErrorCode);
}
