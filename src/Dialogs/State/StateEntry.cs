namespace BuildingBot.Dialogs.State;

/// <summary>A stored JSON document and the ETag to present when writing it back.</summary>
public sealed record StateEntry(string Json, string ETag);
