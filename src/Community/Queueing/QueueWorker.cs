using System.Collections.Concurrent;
using BuildingBot.Community.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BuildingBot.Community.Queueing;

/// <summary>
/// Works off one durable queue: <see cref="QueueOptions.Workers"/> loops per process, each claiming a batch and handling
/// it item by item (each in its own DI scope) while the batch's lease is renewed. Whatever a handler throws counts as a
/// failed attempt — retried with backoff, dead-lettered with its last error after <see cref="QueueOptions.MaxAttempts"/> —
/// and the result is saved only while the lease is still this worker's. On shutdown unfinished items are released at once.
/// </summary>
public sealed class QueueWorker<TItem>(
    string name,
    IServiceScopeFactory scopes,
    QueueStore<TItem> queue,
    QueueSignal<TItem> signal,
    IOptionsMonitor<QueueOptions> options,
    TimeProvider clock,
    ILogger<QueueWorker<TItem>> logger) : BackgroundService
    where TItem : class, IQueueItem
{
    private static readonly TimeSpan FiguresInterval = TimeSpan.FromSeconds(5);
    private readonly QueueResults<TItem> _results = new(name, clock, logger);

    private QueueOptions Options => options.Get(name);

    /// <summary>Handles everything due now, batch after batch, until nothing is left to claim (tests, commands).</summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        int handled;
        while ((handled = await RunOnceAsync(cancellationToken).ConfigureAwait(false)) > 0)
        {
            total += handled;
        }

        return total;
    }

    /// <summary>Claims one batch and handles it; returns how many items it claimed.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = Options;
        IReadOnlyList<TItem> claimed;
        await using (var scope = scopes.CreateAsyncScope())
        {
            claimed = await queue.ClaimAsync(scope.ServiceProvider.GetRequiredService<CommunityDbContext>(), settings.BatchSize, settings.Lease, cancellationToken)
                .ConfigureAwait(false);
        }

        if (claimed.Count == 0)
        {
            return 0;
        }

        var token = claimed[0].LeaseToken!.Value;
        var held = new ConcurrentDictionary<long, bool>(claimed.Select(c => KeyValuePair.Create(c.Id, true)));
        var finished = new ConcurrentQueue<(TItem Item, QueueOutcome Outcome)>();
        using var stopRenewing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var renewal = RenewWhileBusyAsync(held, token, settings.Lease, stopRenewing.Token);
        try
        {
            // The items of one claim have different targets (a claim takes only the oldest pending item of each), so
            // handling them at once keeps every target's order.
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, settings.Parallelism), CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(claimed, parallel, async (item, _) =>
                finished.Enqueue((item, await HandleAsync(item, settings, cancellationToken).ConfigureAwait(false)))).ConfigureAwait(false);
        }
        finally
        {
            // Also when stopping midway: what was handled is saved, so a delivered message is not delivered again.
            var results = finished.ToList();
            if (results.Count > 0 && await SaveAsync(results, settings).ConfigureAwait(false))
            {
                results.ForEach(r => held.TryRemove(r.Item.Id, out _));
            }

            await stopRenewing.CancelAsync().ConfigureAwait(false);
            await renewal.ConfigureAwait(false);
            if (!held.IsEmpty)
            {
                await ReleaseAsync(held.Keys.ToList(), token).ConfigureAwait(false);
            }
        }

        return claimed.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var loops = Enumerable.Range(0, Options.Workers).Select(_ => WorkLoopAsync(stoppingToken)).ToList();
        loops.Add(FiguresLoopAsync(stoppingToken));
        await Task.WhenAll(loops).ConfigureAwait(false);
    }

    private async Task WorkLoopAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var wake = signal.Next;
            try
            {
                if (await RunOnceAsync(stoppingToken).ConfigureAwait(false) > 0)
                {
                    continue;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // A database outage must not end the loop: the items wait in their table.
                QueueLog.LoopFailed(logger, exception, name);
            }

            try
            {
                await wake.WaitAsync(Options.PollInterval, clock, stoppingToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<QueueOutcome> HandleAsync(TItem item, QueueOptions settings, CancellationToken cancellationToken)
    {
        var lastAttempt = item.Attempts + 1 >= settings.MaxAttempts;
        QueueOutcome outcome;
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            timeout.CancelAfter(settings.HandlerTimeout);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                outcome = await scope.ServiceProvider.GetRequiredService<IQueueHandler<TItem>>().HandleAsync(item, lastAttempt, timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                outcome = QueueOutcome.Retry($"the handler did not finish within {settings.HandlerTimeout.TotalSeconds:F0} s");
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                QueueLog.HandlerThrew(logger, exception, name, item.Id);
                outcome = QueueOutcome.Retry($"{exception.GetType().Name}: {exception.Message}");
            }
        }

        return outcome;
    }

    /// <summary>Saves a batch's results, whether or not the worker is stopping; when the save fails, the items are released (tried again).</summary>
    private async Task<bool> SaveAsync(List<(TItem Item, QueueOutcome Outcome)> results, QueueOptions settings)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await _results.SaveAsync(scope.ServiceProvider.GetRequiredService<CommunityDbContext>(), results, settings, CancellationToken.None)
                .ConfigureAwait(false);
            return true;
        }
        catch (Exception exception)
        {
            QueueLog.LoopFailed(logger, exception, name);
            return false;
        }
    }

    private async Task RenewWhileBusyAsync(ConcurrentDictionary<long, bool> held, Guid token, TimeSpan lease, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                await Task.Delay(lease / 3, clock, cancellationToken).ConfigureAwait(false);
                await using var scope = scopes.CreateAsyncScope();
                await queue.RenewAsync(scope.ServiceProvider.GetRequiredService<CommunityDbContext>(), held.Keys.ToList(), token, lease, cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception exception)
            {
                // The next renewal may succeed; should the lease run out meanwhile, another worker takes the items over.
                QueueLog.RenewFailed(logger, exception, name, held.Count);
            }
        }
    }

    private async Task ReleaseAsync(List<long> ids, Guid token)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await queue.RenewAsync(scope.ServiceProvider.GetRequiredService<CommunityDbContext>(), ids, token, TimeSpan.Zero, CancellationToken.None)
                .ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            // Not released: the lease runs out on its own.
            QueueLog.RenewFailed(logger, exception, name, ids.Count);
        }
    }

    private async Task FiguresLoopAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using (var scope = scopes.CreateAsyncScope())
                {
                    QueueMetrics.Record(name, await queue.FiguresAsync(scope.ServiceProvider.GetRequiredService<CommunityDbContext>(), stoppingToken)
                        .ConfigureAwait(false));
                }

                await Task.Delay(FiguresInterval, clock, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception exception)
            {
                QueueLog.LoopFailed(logger, exception, name);
                await Task.Delay(FiguresInterval, clock, stoppingToken).ConfigureAwait(false);
            }
        }
    }

}
