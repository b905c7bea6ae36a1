namespace BuildingBot.Community.Channels;

/// <summary>Where a person or a group chat lives.</summary>
public enum ChatChannel
{
    /// <summary>The local simulator page.</summary>
    Simulator,

    /// <summary>企业微信: residents' groups through the smart bot, grid members through the app.</summary>
    WeCom,
}
