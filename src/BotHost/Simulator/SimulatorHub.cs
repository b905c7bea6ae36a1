namespace BuildingBot.BotHost.Simulator;

/// <summary>Wakes the simulator's live streams in this process when a message is stored; streams also poll, for other processes.</summary>
internal sealed class SimulatorHub
{
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Notify() => Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>Completes when something was stored, or after <paramref name="timeout"/>.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await Volatile.Read(ref _changed).Task.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            // Poll: another process may have stored a message.
        }
    }
}
