namespace BuildingBot.Dialogs.Turns;

/// <summary>A person as the channel knows them: the channel's user id and the name it shows.</summary>
public sealed record ChannelAccount(string Id, string Name);
