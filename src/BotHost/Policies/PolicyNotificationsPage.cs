using BuildingBot.BotHost.Admin;

namespace BuildingBot.BotHost.Policies;

/// <summary>Who was told of a policy version: the count of notices in each delivery state, and one page of them, oldest first.</summary>
internal sealed record PolicyNotificationsPage(
    int PolicyId, int Version, string Title, IReadOnlyDictionary<OutboxDeliveryState, int> States,
    int Total, int PageNumber, int PageSize, IReadOnlyList<PolicyNotificationView> Items);
