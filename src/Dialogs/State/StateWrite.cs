namespace BuildingBot.Dialogs.State;

/// <summary>One document of an atomic write: its new JSON and the ETag it was read with (null: it must not exist).</summary>
public sealed record StateWrite(string Key, string Json, string? ExpectedETag);
