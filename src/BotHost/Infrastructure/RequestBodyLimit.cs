using Microsoft.AspNetCore.Http.Features;

namespace BuildingBot.BotHost.Infrastructure;

/// <summary>
/// Caps what an endpoint reads of a request body, whatever the body says of its length: Content-Length is
/// checked first, the server's own limit is lowered where it can be (Kestrel), and the body stream is
/// wrapped so that reading past the cap throws a 413 <see cref="BadHttpRequestException"/> (chunked bodies,
/// servers without the feature). Kestrel's own refusal is the same exception, so callers catch one thing.
/// </summary>
internal static class RequestBodyLimit
{
    /// <returns>False when Content-Length already says the body is too large.</returns>
    public static bool Apply(HttpRequest request, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > maxBytes)
        {
            return false;
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } server
            && (server.MaxRequestBodySize is null || server.MaxRequestBodySize > maxBytes))
        {
            server.MaxRequestBodySize = maxBytes;
        }

        request.Body = new LengthLimitedStream(request.Body, maxBytes);
        return true;
    }

    public static bool IsTooLarge(BadHttpRequestException exception) =>
        exception?.StatusCode == StatusCodes.Status413PayloadTooLarge;
}
