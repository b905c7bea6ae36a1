using BuildingBot.Community.Channels;
using BuildingBot.Community.Places;

namespace BuildingBot.Community.People;

/// <summary>居民: a person in a household (or not yet bound to one), known by a channel identity.</summary>
public sealed class Resident
{
    public int Id { get; set; }

    /// <summary>The household the resident is bound to; null until they bind (绑定房号).</summary>
    public int? HouseholdId { get; set; }

    public Household? Household { get; set; }

    public required string DisplayName { get; set; }

    public ChatChannel Channel { get; set; } = ChatChannel.Simulator;

    /// <summary>The channel's user id; null for a roster entry who has not talked to the bot yet.</summary>
    public string? ChannelUserId { get; set; }

    /// <summary>Stored in full; shown masked everywhere except to the assigned grid member.</summary>
    public PhoneNumber? Phone { get; set; }

    public bool IsPartyMember { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
