using Microsoft.Extensions.Options;

namespace BuildingBot.BotHost.Simulator;

/// <summary>
/// Wakes the simulator's live streams in this process when a message is stored (streams also poll, for
/// other processes), and counts the open streams so that no caller can hold more than the cap.
/// </summary>
internal sealed class SimulatorHub(IOptions<SimulatorOptions> options)
{
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _open;

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

    /// <returns>A lease to dispose when the stream ends, or null when <see cref="SimulatorOptions.MaxStreams"/> are open.</returns>
    public IDisposable? TryOpenStream()
    {
        if (Interlocked.Increment(ref _open) > options.Value.MaxStreams)
        {
            Interlocked.Decrement(ref _open);
            return null;
        }

        return new Lease(this);
    }

    private sealed class Lease(SimulatorHub hub) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                Interlocked.Decrement(ref hub._open);
            }
        }
    }
}
