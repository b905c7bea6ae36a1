namespace BuildingBot.Community.Channels;

/// <summary>Who someone is on a channel: the channel plus that channel's user id.</summary>
public readonly record struct ChannelIdentity(ChatChannel Channel, string UserId)
{
    public override string ToString() => $"{Channel}:{UserId}";
}
