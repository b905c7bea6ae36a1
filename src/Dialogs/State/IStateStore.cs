namespace BuildingBot.Dialogs.State;

/// <summary>
/// JSON documents with optimistic concurrency: a write names the ETag it read (null: the key must
/// not exist) and fails, changing nothing, when someone else wrote in between.
/// </summary>
public interface IStateStore
{
    Task<StateEntry?> ReadAsync(string key, CancellationToken cancellationToken);

    /// <returns>The new ETag, or null when <paramref name="expectedETag"/> no longer matches.</returns>
    Task<string?> WriteAsync(string key, string json, string? expectedETag, TimeSpan timeToLive, CancellationToken cancellationToken);
}
