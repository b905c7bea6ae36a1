namespace BuildingBot.BotHost.Policies;

/// <summary>The topics a building group is to follow, by Chinese or English name.</summary>
internal sealed record TopicSubscriptionRequest(IReadOnlyList<string>? Topics);
