using BuildingBot.BotHost.Admin;

namespace BuildingBot.BotHost.Policies;

/// <summary>
/// One notice of a policy version: to a resident (a private message about their trip) or to a building group that
/// follows the topic; <paramref name="Part"/> is 1 unless the text went out in parts. <paramref name="Delivery"/> is its outbox row.
/// </summary>
internal sealed record PolicyNotificationView(
    string Kind, int? ResidentId, string? ResidentName, string? GroupName, int Part, OutboxRowView Delivery);
