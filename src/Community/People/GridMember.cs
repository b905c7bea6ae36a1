using BuildingBot.Community.Channels;
using BuildingBot.Community.Grids;
using BuildingBot.Community.Places;

namespace BuildingBot.Community.People;

/// <summary>网格员 and the other roles of a grid's staff, reached on WeCom (or the simulator).</summary>
public sealed class GridMember
{
    public int Id { get; set; }

    public int GridId { get; set; }

    public Grid? Grid { get; set; }

    public required string Name { get; set; }

    public GridMemberRole Role { get; set; }

    public ChatChannel Channel { get; set; } = ChatChannel.WeCom;

    /// <summary>WeCom userid (or simulator id); unique within the channel.</summary>
    public required string ChannelUserId { get; set; }

    public PhoneNumber? Phone { get; set; }

    /// <summary>For a 楼栋长: the building they look after.</summary>
    public int? CaptainOfBuildingId { get; set; }

    public Building? CaptainOfBuilding { get; set; }
}
