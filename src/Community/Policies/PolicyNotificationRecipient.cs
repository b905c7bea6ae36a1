using BuildingBot.Community.Channels;

namespace BuildingBot.Community.Policies;

/// <summary>Whom one outbox row of a policy version's notices was for: a resident, or a building group (channel and chat id).</summary>
/// <param name="Part">1, or the part's number when a long text went out in parts.</param>
public sealed record PolicyNotificationRecipient(int? ResidentId, ChatChannel? Channel, string? ChatId, int Part);
