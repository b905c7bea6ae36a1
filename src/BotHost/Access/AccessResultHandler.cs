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
        ArgumentNullException.ThrowIfNull(context);
        var refusal = authorizeResult.AuthorizationFailure?.FailureReasons.OfType<AccessRefusal>().FirstOrDefault()
                      ?? context.Features.Get<AccessRefusal>();
        return !authorizeResult.Succeeded && refusal is not null
            ? WriteAsync(context, refusal)
            : _default.HandleAsync(next, context, policy, authorizeResult);
    }

    /// <summary>The refusal as a problem body, also for the Swagger UI's middleware branch.</summary>
    public static Task WriteAsync(HttpContext context, AccessRefusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return Results.Problem(refusal.Message, statusCode: refusal.Status, title: refusal.Title).ExecuteAsync(context);
    }
}
