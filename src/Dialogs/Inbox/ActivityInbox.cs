using System.Text.Json;
using System.Threading.Channels;
using BuildingBot.Community.Inbox;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Queueing;
using BuildingBot.Dialogs.Outbox;
using BuildingBot.Dialogs.State;
using BuildingBot.Dialogs.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BuildingBot.Dialogs.Inbox;

/// <summary>
/// The door of every channel (WeCom, the simulator): an activity is stored as an inbox row — the inbound durable
/// queue — before the channel hears it was received, and turns run from there. Activities arriving together are
/// written together (group commit: on PostgreSQL one <c>INSERT … ON CONFLICT DO NOTHING</c> statement without change
/// tracking, <see cref="InboxRows"/>; on SQLite one query for the keys already stored, one insert for the rest),
/// and each caller returns only once its row is committed. The unique key makes a channel's retry of the same activity
/// a no-op; any other database refusal fails every caller of that batch, so no channel is told its activity arrived.
/// At most <see cref="MaxWaiting"/> activities wait for a write; beyond that callers wait for room (backpressure).
/// </summary>
public sealed partial class ActivityInbox(
    IServiceScopeFactory scopes, QueueSignal<InboxMessage> signal, TimeProvider clock, ILogger<ActivityInbox> logger) : IAsyncDisposable
{
    public const int MaxBatch = 256;
    public const int MaxWaiting = 4096;

    private readonly Channel<PendingRow> _pending = Channel.CreateBounded<PendingRow>(new BoundedChannelOptions(MaxWaiting) { SingleReader = true });
    private readonly Lock _startLock = new();
    private Task? _writer;

    /// <returns>The stored row's id, or null when the same activity was stored before (a channel's retry).</returns>
    public async Task<long?> EnqueueAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var now = clock.GetUtcNow();
        if (activity.TraceParent is null && DialogsMetrics.CurrentTraceParent() is { } traceParent)
        {
            // The turn continues the trace of the callback that brought it, across the queue.
            activity = activity with { TraceParent = traceParent };
        }

        var pending = new PendingRow(new InboxMessage
        {
            Key = activity.DeduplicationKey,
            TargetKey = OutboxPayload.TargetKey(activity.Conversation),
            Payload = JsonSerializer.Serialize(activity, StateJson.Options),
            CreatedAt = now,
            NextAttemptAt = now,
        });
        EnsureWriter();
        await _pending.Writer.WriteAsync(pending, cancellationToken).ConfigureAwait(false);
        return await pending.Stored.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public static Activity Read(InboxMessage row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return JsonSerializer.Deserialize<Activity>(row.Payload, StateJson.Options) ?? throw new JsonException($"Inbox row {row.Id} holds no activity");
    }

    /// <summary>Writes what is still waiting, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _pending.Writer.TryComplete();
        if (_writer is { } writer)
        {
            await writer.ConfigureAwait(false);
        }
    }

    private void EnsureWriter()
    {
        if (Volatile.Read(ref _writer) is not null)
        {
            return;
        }

        lock (_startLock)
        {
            // The writer serves every caller: it must not run inside the first caller's trace (or anything else of its context).
            using (ExecutionContext.SuppressFlow())
            {
                _writer ??= Task.Run(WriteLoopAsync);
            }
        }
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<PendingRow>(MaxBatch);
        while (await _pending.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _pending.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            try
            {
                await WriteAsync(batch).ConfigureAwait(false);
                signal.Notify();
            }
            catch (Exception exception)
            {
                LogBatchFailed(exception, batch.Count);
                batch.ForEach(p => p.Stored.TrySetException(exception));
            }
        }
    }

    private async Task WriteAsync(List<PendingRow> batch)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        if (db.Database.IsNpgsql())
        {
            var inserted = await InboxRows.InsertNewAsync(db, [.. batch.Select(p => p.Row)], CancellationToken.None).ConfigureAwait(false);
            foreach (var pending in batch)
            {
                // Of equal keys in one batch only the first is the stored row; the others are retries.
                pending.Stored.TrySetResult(inserted.Remove(pending.Row.Key, out var id) ? id : null);
            }

            return;
        }

        var keys = batch.Select(p => p.Row.Key).Distinct().ToList();
        var stored = (await db.InboxMessages.AsNoTracking().Where(m => keys.Contains(m.Key)).Select(m => m.Key).ToListAsync().ConfigureAwait(false))
            .ToHashSet(StringComparer.Ordinal);
        var fresh = batch.Where(p => !stored.Contains(p.Row.Key)).DistinctBy(p => p.Row.Key).ToList();
        db.InboxMessages.AddRange(fresh.Select(p => p.Row));
        try
        {
            await db.SaveChangesAsync().ConfigureAwait(false);
        }
        catch (DbUpdateException exception) when (DbConflicts.IsConflict(exception))
        {
            // Another process stored one of these keys meanwhile: store them one by one, each conflict a retry.
            db.ChangeTracker.Clear();
            foreach (var pending in fresh)
            {
                pending.Row.Id = 0;
                pending.Stored.TrySetResult(await StoreOneAsync(db, pending.Row).ConfigureAwait(false));
            }
        }

        foreach (var pending in batch)
        {
            pending.Stored.TrySetResult(fresh.Contains(pending) ? pending.Row.Id : null);
        }
    }

    private static async Task<long?> StoreOneAsync(CommunityDbContext db, InboxMessage row)
    {
        db.InboxMessages.Add(row);
        try
        {
            await db.SaveChangesAsync().ConfigureAwait(false);
            return row.Id;
        }
        catch (DbUpdateException exception) when (DbConflicts.IsConflict(exception))
        {
            db.ChangeTracker.Clear();
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Storing {Count} inbound activities failed; their channels are not acknowledged and will retry")]
    private partial void LogBatchFailed(Exception exception, int count);

    private sealed record PendingRow(InboxMessage Row)
    {
        public TaskCompletionSource<long?> Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
