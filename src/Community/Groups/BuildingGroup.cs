using BuildingBot.Community.Channels;
using BuildingBot.Community.Places;

namespace BuildingBot.Community.Groups;

/// <summary>楼栋群: a group chat bound to a building.</summary>
public sealed class BuildingGroup
{
    public int Id { get; set; }

    public int BuildingId { get; set; }

    public Building? Building { get; set; }

    public ChatChannel Channel { get; set; }

    /// <summary>The channel's chat id; unique within the channel.</summary>
    public required string ChatId { get; set; }

    /// <summary>Group name as residents see it, e.g. 3幢 业主群.</summary>
    public required string Name { get; set; }

    public DeliveryMode DeliveryMode { get; set; }

    /// <summary>For <see cref="DeliveryMode.GroupRobotWebhook"/>: the robot's webhook key. It lets anyone post to the group: never log it.</summary>
    public string? WebhookKey { get; set; }

    /// <summary>For <see cref="DeliveryMode.CustomerGroupMessage"/>: the group owner's WeCom userid, who confirms each post.</summary>
    public string? OwnerUserId { get; set; }

    public override string ToString() => $"{Name} ({Channel}:{ChatId})";
}
