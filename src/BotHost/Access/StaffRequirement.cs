using Microsoft.AspNetCore.Authorization;

namespace BuildingBot.BotHost.Access;

/// <summary>A staff surface; <paramref name="ApiBodiesOnly"/>: its bodies must be JSON or CSV (never a form a foreign page can send).</summary>
internal sealed record StaffRequirement(bool ApiBodiesOnly) : IAuthorizationRequirement;
