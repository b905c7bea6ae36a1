using System.Collections.Concurrent;
using BuildingBot.Community.Persistence;
using Microsoft.EntityFrameworkCore;
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
        using var stopRenewing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var renewal = RenewWhileBusyAsync(held, token, settings.Lease, stopRenewing.Token);
        try
        {
            foreach (var item in claimed)
            {
                await HandleAsync(item, settings, cancellationToken).ConfigureAwait(false);
                held.TryRemove(item.Id, out _);
            }
        }
        finally
        {
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

    private async Task HandleAsync(TItem item, QueueOptions settings, CancellationToken cancellationToken)
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

        await SaveAsync(item, outcome, settings, cancellationToken).ConfigureAwait(false);
    }

    private async Task SaveAsync(TItem item, QueueOutcome outcome, QueueOptions settings, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var token = item.LeaseToken;
        item.LockedUntil = null;
        item.LeaseToken = null;
        switch (outcome.Kind)
        {
            case QueueOutcomeKind.Done:
                item.Attempts++;
                item.State = QueueState.Done;
                item.LastError = null;
                break;
            case QueueOutcomeKind.Deferred:
                item.NextAttemptAt = outcome.NotBefore ?? now;
                break;
            default:
                item.Attempts++;
                item.LastError = Truncate(outcome.Error);
                if (outcome.Kind == QueueOutcomeKind.Undeliverable)
                {
                    item.State = QueueState.DeadLettered;
                    QueueLog.Undeliverable(logger, name, item.Id, item.TargetKey, item.LastError);
                }
                else if (outcome.Kind == QueueOutcomeKind.Permanent || item.Attempts >= settings.MaxAttempts)
                {
                    item.State = QueueState.DeadLettered;
                    QueueLog.DeadLettered(logger, name, item.Id, item.TargetKey, item.Attempts, item.LastError);
                }
                else
                {
                    var backoff = now + settings.Backoff(item.Attempts, Random.Shared.NextDouble());
                    item.NextAttemptAt = outcome.NotBefore is { } notBefore && notBefore > backoff ? notBefore : backoff;
                    QueueLog.Retrying(logger, name, item.Id, item.Attempts, item.NextAttemptAt, item.LastError);
                }

                break;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        var entry = db.Update(item);
        entry.Property(nameof(IQueueItem.LeaseToken)).OriginalValue = token;
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            QueueLog.LeaseLost(logger, name, item.Id);
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

    private static string? Truncate(string? error) => error is { Length: > 1000 } ? error[..1000] : error;
}
