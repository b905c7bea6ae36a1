using BuildingBot.Community.Groups;

namespace BuildingBot.Community.Policies;

/// <summary>A building group that follows a policy topic: a new or changed policy on it gets a short notice in the group.</summary>
public sealed class TopicSubscription
{
    public int Id { get; set; }

    public int BuildingGroupId { get; set; }

    public BuildingGroup? BuildingGroup { get; set; }

    public PolicyTopic Topic { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
