using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace BuildingBot.BotHost.Access;

/// <summary>Answers a refused caller with a problem body that says why (instead of a bare challenge).</summary>
internal sealed class AccessResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(authorizeResult);
        return authorizeResult.AuthorizationFailure?.FailureReasons.OfType<AccessRefusal>().FirstOrDefault() is { } refusal
            ? WriteAsync(context, refusal)
            : _default.HandleAsync(next, context, policy, authorizeResult);
    }

    public static Task WriteAsync(HttpContext context, AccessRefusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return Results.Problem(refusal.Message, statusCode: refusal.Status, title: refusal.Title).ExecuteAsync(context);
    }
}
