using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace BuildingBot.BotHost.Infrastructure;

/// <summary>
/// A request body the API cannot read (bad JSON, a wrong type, an unknown topic) gets a 400 problem that
/// says what was wrong and where, instead of an empty answer.
/// </summary>
internal sealed partial class BadRequestExceptionHandler(IProblemDetailsService problems, ILogger<BadRequestExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var detail = bad.InnerException is JsonException json
            ? $"The request body could not be read: {json.Message}{(json.Path is { } path && !json.Message.Contains(path, StringComparison.Ordinal) ? $" (at {path})" : string.Empty)}"
            : bad.Message;
        LogRefused(httpContext.Request.Method, httpContext.Request.Path.Value ?? string.Empty, bad.StatusCode);
        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = bad.StatusCode, Title = "The request could not be read.", Detail = detail },
            Exception = exception,
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused {Method} {Path}: unreadable request ({Status})")]
    private partial void LogRefused(string method, string path, int status);
}
