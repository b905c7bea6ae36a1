using System.Security.Claims;
using BuildingBot.BotHost.Access;
using BuildingBot.BotHost.StaffConsole.Accounts;

namespace BuildingBot.BotHost.StaffConsole.Audit;

/// <summary>
/// Writes an <see cref="AuditEntry"/> for every POST, PUT, PATCH or DELETE under /admin and /console that passed
/// authorization (it runs after UseAuthorization, so refused callers write nothing), whatever the handler answered, and for
/// a console GET whose handler described itself to <see cref="AuditTrail"/> (the 报表 exports: reads of residents' data).
/// Bodies are never read: no password, secret or phone reaches the log unless a handler describes it, and
/// <see cref="AuditTrail"/> masks phones even then. Sign-in is not a change and is left out.
/// </summary>
internal sealed partial class AuditMiddleware(RequestDelegate next, TimeProvider clock, IServiceScopeFactory scopes, ILogger<AuditMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!Applies(context.Request))
        {
            await next(context);
            if (IsConsoleRead(context) && context.RequestServices.GetService<AuditTrail>()?.Action is not null)
            {
                await WriteAsync(context, clock.GetUtcNow());
            }

            return;
        }

        var at = clock.GetUtcNow();
        try
        {
            await next(context);
        }
        finally
        {
            await WriteAsync(context, at);
        }
    }

    public static string ActorOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.AuthenticationType == AdminKeyAuthenticationHandler.SchemeName)
        {
            return "admin key";
        }

        if (user.Identity?.IsAuthenticated == true)
        {
            var role = StaffRoles.All.FirstOrDefault(user.IsInRole);
            return role is null ? user.Identity.Name ?? "?" : $"{user.Identity.Name}（{role}）";
        }

        return "本机访问（未配置管理密钥）";
    }

    /// <summary>A console GET whose handler described what it handed out (an export of residents' data): a read worth auditing.</summary>
    private static bool IsConsoleRead(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method) && context.Request.Path.StartsWithSegments("/console", StringComparison.OrdinalIgnoreCase);

    private static bool Applies(HttpRequest request) =>
        (HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method) || HttpMethods.IsPatch(request.Method) || HttpMethods.IsDelete(request.Method))
        && (request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase)
            || (request.Path.StartsWithSegments("/console", StringComparison.OrdinalIgnoreCase)
                && !request.Path.StartsWithSegments(ConsolePolicies.LoginPath, StringComparison.OrdinalIgnoreCase)));

    private async Task WriteAsync(HttpContext context, DateTimeOffset at)
    {
        var trail = context.RequestServices.GetService<AuditTrail>();
        var request = context.Request;
        var entry = new AuditEntry
        {
            At = at, Actor = Cut(ActorOf(context.User), 200), Address = context.Connection.RemoteIpAddress?.ToString(),
            Method = request.Method, Path = Cut(request.Path.Value ?? "/", 300), Status = context.Response.StatusCode,
            Action = Cut(trail?.Action ?? $"{request.Method} {request.Path.Value}", 200), Target = trail?.Target is { } target ? Cut(target, 200) : null, Before = trail?.Before, After = trail?.After,
        };
        try
        {
            // A scope of its own: the request's contexts may hold whatever its handler left behind.
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<StaffDbContext>();
            db.AuditEntries.Add(entry);
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogNotWritten(exception, entry.Method, entry.Path, entry.Actor);
        }
    }

    private static string Cut(string text, int length) => text.Length > length ? text[..length] : text;

    [LoggerMessage(Level = LogLevel.Error, Message = "Audit entry for {Method} {Path} by {Actor} could not be written")]
    private partial void LogNotWritten(Exception exception, string method, string path, string actor);
}
