using BuildingBot.Community.Channels;

namespace BuildingBot.Community.Identity;

/// <summary>Resolves a channel user (and the group they wrote in) to the community's people and buildings.</summary>
public interface IIdentityDirectory
{
    Task<SenderIdentity> ResolveAsync(ChannelIdentity sender, string? groupChatId, CancellationToken cancellationToken);
}
