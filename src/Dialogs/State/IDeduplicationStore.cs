namespace BuildingBot.Dialogs.State;

/// <summary>Remembers which activities were handled, so a channel's retries are handled once.</summary>
public interface IDeduplicationStore
{
    /// <summary>Claims the key; false when another copy is being handled or was handled already.</summary>
    Task<bool> TryBeginAsync(string key, CancellationToken cancellationToken);

    /// <summary>Marks the key handled for <see cref="DeduplicationWindows.Done"/>.</summary>
    Task CompleteAsync(string key, CancellationToken cancellationToken);

    /// <summary>Frees the key after a failed turn, so the channel's retry is handled.</summary>
    Task AbandonAsync(string key, CancellationToken cancellationToken);
}
