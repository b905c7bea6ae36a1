using System.Text.Json;
using BuildingBot.Community.Outbox;
using BuildingBot.Community.Persistence;
using BuildingBot.Dialogs.State;
using BuildingBot.Dialogs.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BuildingBot.Dialogs.Outbox;

/// <summary>
/// Delivers the outbox: claims a batch (FOR UPDATE SKIP LOCKED on PostgreSQL, so several processes
/// can run it at once and never deliver a message twice), respects each target's limits, keeps
/// each target's messages in order, retries with backoff and jitter, and dead-letters after
/// <see cref="OutboxOptions.MaxAttempts"/>.
/// </summary>
public sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IEnumerable<IChannelSender> senders,
    ISlidingWindowLimiter limiter,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private readonly Dictionary<Community.Channels.ChatChannel, IChannelSender> _senders = senders.ToDictionary(s => s.Channel);

    /// <summary>Claims and handles one batch; returns how many messages it handled.</summary>
    public async Task<int> DispatchOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        var claimed = await ClaimAsync(db, cancellationToken).ConfigureAwait(false);
        foreach (var row in claimed)
        {
            await HandleAsync(db, row, cancellationToken).ConfigureAwait(false);
        }

        return claimed.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await DispatchOnceAsync(stoppingToken).ConfigureAwait(false) > 0)
                {
                    continue;
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The loop outlives a database outage: whatever failed, log it and try again at the next poll.
                LogDispatchFailed(exception);
            }

            try
            {
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<List<OutboxMessage>> ClaimAsync(CommunityDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var leaseUntil = now + options.Value.Lease;
        var batch = options.Value.BatchSize;
        if (db.Database.IsNpgsql())
        {
            return await db.OutboxMessages.FromSqlInterpolated($"""
                UPDATE "OutboxMessages" SET "LockedUntil" = {leaseUntil}
                WHERE "Id" IN (
                    SELECT o."Id" FROM "OutboxMessages" o
                    WHERE o."State" = 'Pending' AND o."NextAttemptAt" <= {now}
                      AND (o."LockedUntil" IS NULL OR o."LockedUntil" < {now})
                      AND NOT EXISTS (SELECT 1 FROM "OutboxMessages" p
                                      WHERE p."TargetKey" = o."TargetKey" AND p."State" = 'Pending' AND p."Id" < o."Id")
                    ORDER BY o."Id" LIMIT {batch}
                    FOR UPDATE SKIP LOCKED)
                RETURNING *
                """).AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        }

        // SQLite serves the embedded mode's single process; a plain query and update is enough there.
        var rows = await db.OutboxMessages
            .Where(o => o.State == OutboxState.Pending && o.NextAttemptAt <= now && (o.LockedUntil == null || o.LockedUntil < now))
            .Where(o => !db.OutboxMessages.Any(p => p.TargetKey == o.TargetKey && p.State == OutboxState.Pending && p.Id < o.Id))
            .OrderBy(o => o.Id).Take(batch).ToListAsync(cancellationToken).ConfigureAwait(false);
        rows.ForEach(r => r.LockedUntil = leaseUntil);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        return rows;
    }

    private async Task HandleAsync(CommunityDbContext db, OutboxMessage row, CancellationToken cancellationToken)
    {
        var result = await DeliverAsync(row, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        row.LockedUntil = null;
        if (result is null)
        {
            // Held back by a rate limit: NextAttemptAt was moved, no attempt was used.
        }
        else if (result.Status == DeliveryStatus.Delivered)
        {
            row.Attempts++;
            row.State = OutboxState.Delivered;
            row.DeliveredAt = now;
            row.LastError = null;
        }
        else
        {
            row.Attempts++;
            row.LastError = result.Error;
            if (result.Status == DeliveryStatus.PermanentFailure || row.Attempts >= options.Value.MaxAttempts)
            {
                row.State = OutboxState.DeadLettered;
                LogDeadLettered(row.Id, row.TargetKey, row.Attempts, result.Error);
            }
            else
            {
                var backoff = options.Value.Backoff(row.Attempts, Random.Shared.NextDouble());
                row.NextAttemptAt = now + (result.RetryAfter is { } after && after > backoff ? after : backoff);
                LogRetrying(row.Id, row.Attempts, result.Error);
            }
        }

        DialogsMetrics.Deliveries.Add(1, new KeyValuePair<string, object?>("result", result?.Status.ToString() ?? "RateLimited"));
        db.OutboxMessages.Update(row);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
    }

    /// <returns>The channel's answer, or null when a limit held the message back.</returns>
    private async Task<DeliveryResult?> DeliverAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        OutgoingMessage message;
        try
        {
            message = OutboxPayload.FromRow(row);
        }
        catch (JsonException exception)
        {
            return DeliveryResult.Permanent($"payload does not parse: {exception.Message}");
        }

        if (!_senders.TryGetValue(row.Channel, out var sender))
        {
            return DeliveryResult.Permanent($"no sender is registered for channel {row.Channel}");
        }

        foreach (var limit in await sender.LimitsForAsync(message, cancellationToken).ConfigureAwait(false))
        {
            var decision = await limiter.TryAcquireAsync(limit.Key, limit.Limit, limit.Window, cancellationToken).ConfigureAwait(false);
            if (!decision.Allowed)
            {
                row.NextAttemptAt = clock.GetUtcNow() + decision.RetryAfter;
                return null;
            }
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.SendTimeout);
        try
        {
            return await sender.SendAsync(message, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return DeliveryResult.Transient($"the channel did not answer within {options.Value.SendTimeout.TotalSeconds:F0} s");
        }
        catch (HttpRequestException exception)
        {
            return DeliveryResult.Transient($"HTTP error: {exception.StatusCode?.ToString() ?? exception.HttpRequestError.ToString()}");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {Id} to {Target} dead-lettered after {Attempts} attempts: {Error}")]
    private partial void LogDeadLettered(long id, string target, int attempts, string? error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox message {Id} attempt {Attempts} failed, will retry: {Error}")]
    private partial void LogRetrying(long id, int attempts, string? error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox dispatch failed; retrying at the next poll")]
    private partial void LogDispatchFailed(Exception exception);
}
