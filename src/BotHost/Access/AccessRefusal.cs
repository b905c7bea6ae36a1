using Microsoft.AspNetCore.Authorization;

namespace BuildingBot.BotHost.Access;

/// <summary>Why a caller was refused, and the status that says it (401, 403 or 415).</summary>
internal sealed class AccessRefusal(IAuthorizationHandler handler, int status, string title, string detail)
    : AuthorizationFailureReason(handler, detail)
{
    public int Status { get; } = status;

    public string Title { get; } = title;
}
