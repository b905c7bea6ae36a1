namespace BuildingBot.Dialogs.State;

/// <summary>Serialises turns of one (conversation, user), in one process or across processes.</summary>
public interface ITurnLock
{
    /// <summary>Waits up to <paramref name="timeout"/>; throws <see cref="TimeoutException"/> when the lock stays taken.</summary>
    Task<IAsyncDisposable> AcquireAsync(string key, TimeSpan timeout, CancellationToken cancellationToken);
}
