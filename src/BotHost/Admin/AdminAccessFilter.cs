using System.Net;
using System.Security.Cryptography;
using System.Text;
using BuildingBot.Community.Configuration;

namespace BuildingBot.BotHost.Admin;

/// <summary>
/// Until staff sign-in exists: with Admin:ApiKey set, admin calls carry it in X-Admin-Key; without
/// it, the embedded mode accepts local requests only and production mode refuses admin calls.
/// </summary>
internal sealed class AdminAccessFilter(IConfiguration configuration) : IEndpointFilter
{
    public const string HeaderName = "X-Admin-Key";
    public const string ApiKeySetting = "Admin:ApiKey";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var key = configuration[ApiKeySetting];
        if (!string.IsNullOrEmpty(key))
        {
            var given = http.Request.Headers[HeaderName].ToString();
            return FixedTimeEquals(given, key)
                ? next(context)
                : ValueTask.FromResult<object?>(Results.Problem(
                    $"Send the admin API key in the {HeaderName} header.", statusCode: StatusCodes.Status401Unauthorized));
        }

        if (configuration.GetRunMode() == RunMode.Production)
        {
            return ValueTask.FromResult<object?>(Results.Problem(
                $"The admin API is disabled until {ApiKeySetting} is configured.", statusCode: StatusCodes.Status403Forbidden));
        }

        return IsLocal(http)
            ? next(context)
            : ValueTask.FromResult<object?>(Results.Problem(
                $"The admin API accepts local requests only until {ApiKeySetting} is configured.",
                statusCode: StatusCodes.Status403Forbidden));
    }

    /// <summary>Loopback, or an in-process test request that has no remote address.</summary>
    internal static bool IsLocal(HttpContext http) =>
        http.Connection.RemoteIpAddress is not { } remote || IPAddress.IsLoopback(remote);

    private static bool FixedTimeEquals(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
