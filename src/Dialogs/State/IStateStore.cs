namespace BuildingBot.Dialogs.State;

/// <summary>
/// JSON documents with optimistic concurrency: a write names the ETag each document was read with (null: the key must
/// not exist) and fails, changing nothing, when someone else wrote any of them in between.
/// </summary>
public interface IStateStore
{
    Task<StateEntry?> ReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>Writes all the documents or none.</summary>
    /// <returns>The new ETags in the order of <paramref name="writes"/>, or null when an expected ETag no longer matches.</returns>
    Task<IReadOnlyList<string>?> WriteAsync(IReadOnlyList<StateWrite> writes, TimeSpan timeToLive, CancellationToken cancellationToken);

    /// <returns>The new ETag, or null when <paramref name="expectedETag"/> no longer matches.</returns>
    async Task<string?> WriteAsync(string key, string json, string? expectedETag, TimeSpan timeToLive, CancellationToken cancellationToken) =>
        (await WriteAsync([new StateWrite(key, json, expectedETag)], timeToLive, cancellationToken).ConfigureAwait(false))?[0];
}
