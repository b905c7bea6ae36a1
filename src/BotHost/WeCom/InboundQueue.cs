using System.Text.Json;
using System.Text.Json.Serialization;
using BuildingBot.Community.Inbox;
using BuildingBot.Community.Persistence;
using BuildingBot.Dialogs.Turns;
using BuildingBot.WeCom.Api;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.WeCom;

/// <summary>
/// WeCom callbacks are stored (the <c>InboxMessages</c> table) and acknowledged at once — WeCom
/// retries anything slower than 5 s and never retries what was acknowledged — then handled here:
/// claimed with FOR UPDATE SKIP LOCKED on PostgreSQL so several processes share the work, retried
/// with backoff when a turn fails, given up (and logged) after five attempts.
/// </summary>
internal sealed partial class InboundQueue(IServiceScopeFactory scopes, TimeProvider clock, ILogger<InboundQueue> logger) : BackgroundService
{
    private const int MaxAttempts = 5;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private readonly SemaphoreSlim _signal = new(0, 1);

    /// <returns>False when the same callback was stored before (a WeCom retry).</returns>
    public async Task<bool> EnqueueAsync(CommunityDbContext db, Activity activity, CardUpdate? followUp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(activity);
        if (await db.InboxMessages.AnyAsync(m => m.Key == activity.Id, cancellationToken))
        {
            return false;
        }

        db.InboxMessages.Add(new InboxMessage
        {
            Key = activity.Id,
            Payload = JsonSerializer.Serialize(activity, Json),
            FollowUp = followUp is null ? null : JsonSerializer.Serialize(followUp, Json),
            CreatedAt = clock.GetUtcNow(),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (DbConflicts.IsConflict(exception))
        {
            // Two copies of one callback raced; the unique key kept one. Any other refusal is thrown: the callback
            // is not acknowledged, so WeCom sends it again rather than it being dropped as a duplicate.
            db.ChangeTracker.Clear();
            return false;
        }

        if (_signal.CurrentCount == 0)
        {
            _signal.Release();
        }

        return true;
    }

    public override void Dispose()
    {
        _signal.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await HandleBatchAsync(stoppingToken) > 0)
                {
                    continue;
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A database outage must not end the loop; the rows wait.
                LogBatchFailed(exception);
            }

            try
            {
                await _signal.WaitAsync(TimeSpan.FromSeconds(1), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<int> HandleBatchAsync(CancellationToken cancellationToken)
    {
        List<InboxMessage> claimed;
        await using (var scope = scopes.CreateAsyncScope())
        {
            claimed = await ClaimAsync(scope.ServiceProvider.GetRequiredService<CommunityDbContext>(), cancellationToken);
        }

        foreach (var row in claimed)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
            try
            {
                var activity = JsonSerializer.Deserialize<Activity>(row.Payload, Json)!;
                await scope.ServiceProvider.GetRequiredService<BotEngine>().ProcessAsync(activity, cancellationToken);
                if (row.FollowUp is { } followUp && JsonSerializer.Deserialize<CardUpdate>(followUp, Json) is { } card)
                {
                    await scope.ServiceProvider.GetRequiredService<WeComApiClient>().UpdateButtonCardAsync(card.UserId, card.ResponseCode, "已处理", cancellationToken);
                }

                row.Handled = true;
                row.LastError = null;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // One bad callback must not stop the others: count it, retry it later, give up after the last attempt.
                row.Attempts++;
                var error = $"{exception.GetType().Name}: {exception.Message}";
                row.LastError = error.Length > 1000 ? error[..1000] : error;
                row.Handled = row.Attempts >= MaxAttempts;
                LogFailed(exception, row.Key, row.Attempts);
            }

            row.LockedUntil = row.Handled ? null : clock.GetUtcNow() + TimeSpan.FromSeconds(Math.Min(300, Math.Pow(2, row.Attempts)));
            db.InboxMessages.Update(row);
            await db.SaveChangesAsync(cancellationToken);
        }

        return claimed.Count;
    }

    private async Task<List<InboxMessage>> ClaimAsync(CommunityDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var lease = now + TimeSpan.FromMinutes(2);
        if (db.Database.IsNpgsql())
        {
            return await db.InboxMessages.FromSqlInterpolated($"""
                UPDATE "InboxMessages" SET "LockedUntil" = {lease}
                WHERE "Id" IN (
                    SELECT "Id" FROM "InboxMessages"
                    WHERE NOT "Handled" AND ("LockedUntil" IS NULL OR "LockedUntil" < {now})
                    ORDER BY "Id" LIMIT 20
                    FOR UPDATE SKIP LOCKED)
                RETURNING *
                """).AsNoTracking().ToListAsync(cancellationToken);
        }

        var rows = await db.InboxMessages.Where(m => !m.Handled && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.Id).Take(20).ToListAsync(cancellationToken);
        rows.ForEach(r => r.LockedUntil = lease);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return rows;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "WeCom callback {Key} failed (attempt {Attempts})")]
    private partial void LogFailed(Exception exception, string key, int attempts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling stored WeCom callbacks failed; retrying at the next poll")]
    private partial void LogBatchFailed(Exception exception);
}
