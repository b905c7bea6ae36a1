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
}
