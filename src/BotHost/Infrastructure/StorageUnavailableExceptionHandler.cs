using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using StackExchange.Redis;

namespace BuildingBot.BotHost.Infrastructure;

/// <summary>
/// A request that fails because PostgreSQL or Redis cannot be reached (a restart, a network blip) gets 503 with
/// Retry-After and a warning, not a 500 and an unhandled-exception error: nothing is wrong with the request or the
/// code, and a caller that retries (WeCom does) succeeds once the server is back. /readyz reports the same outage.
/// </summary>
internal sealed partial class StorageUnavailableExceptionHandler(IProblemDetailsService problems, ILogger<StorageUnavailableExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (Unavailable(exception) is not { } cause)
        {
            return false;
        }

        LogUnavailable(httpContext.Request.Method, httpContext.Request.Path.Value ?? string.Empty, cause.GetType().Name);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = "5";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = StatusCodes.Status503ServiceUnavailable, Title = "The service is briefly unavailable; try again shortly." },
        });
    }

    /// <summary>The exception, or one it wraps, that says a storage server could not be reached.</summary>
    private static Exception? Unavailable(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is NpgsqlException { IsTransient: true } or RetryLimitExceededException or RedisConnectionException or RedisTimeoutException)
            {
                return exception;
            }
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {Method} {Path} with 503: storage unavailable ({Cause})")]
    private partial void LogUnavailable(string method, string path, string cause);
}
