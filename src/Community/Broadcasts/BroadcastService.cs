using BuildingBot.Community.Configuration;
using BuildingBot.Community.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Community.Broadcasts;

/// <summary>
/// Creates, edits and cancels broadcasts after checking them: text, image URL, time (not in the past),
/// cron, and targets that exist and reach at least one group. Problems come back in English for the API;
/// nothing is saved when there is one.
/// </summary>
public sealed class BroadcastService(CommunityDbContext db, BroadcastTargets targets, TimeProvider clock, CommunityTimeZone zone)
{
    public async Task<(Broadcast? Broadcast, int Groups, IReadOnlyList<string> Problems)> CreateAsync(
        BroadcastRequest request, string createdBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (groups, problems) = await CheckAsync(request, cancellationToken).ConfigureAwait(false);
        if (problems.Count > 0)
        {
            return (null, groups, problems);
        }

        var now = clock.GetUtcNow();
        var broadcast = new Broadcast { Title = string.Empty, Text = string.Empty, CreatedAt = now, CreatedBy = createdBy, TimeZone = zone.Zone.Id };
        Apply(broadcast, request, now);
        db.Broadcasts.Add(broadcast);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (broadcast, groups, []);
    }

    /// <summary>Changes a broadcast that has not gone out (a recurring one: its future occurrences).</summary>
    public async Task<(Broadcast? Broadcast, int Groups, IReadOnlyList<string> Problems)> UpdateAsync(
        int id, BroadcastRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var broadcast = await db.Broadcasts.FirstOrDefaultAsync(b => b.Id == id, cancellationToken).ConfigureAwait(false);
        if (broadcast is null)
        {
            return (null, 0, [$"No broadcast {id}."]);
        }

        if (broadcast.Status != BroadcastStatus.Scheduled)
        {
            return (broadcast, 0, [$"Broadcast {id} is {broadcast.Status} and can no longer be changed."]);
        }

        var (groups, problems) = await CheckAsync(request, cancellationToken).ConfigureAwait(false);
        if (problems.Count > 0)
        {
            return (broadcast, groups, problems);
        }

        Apply(broadcast, request, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (broadcast, groups, []);
    }

    public async Task<string?> CancelAsync(int id, CancellationToken cancellationToken)
    {
        var broadcast = await db.Broadcasts.FirstOrDefaultAsync(b => b.Id == id, cancellationToken).ConfigureAwait(false);
        if (broadcast is null)
        {
            return $"No broadcast {id}.";
        }

        if (broadcast.Status != BroadcastStatus.Scheduled)
        {
            return $"Broadcast {id} is {broadcast.Status} and cannot be cancelled.";
        }

        broadcast.Status = BroadcastStatus.Cancelled;
        broadcast.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return null;
    }

    /// <summary>How many groups a request reaches and what is wrong with it (for the preview and before saving).</summary>
    public async Task<(int Groups, IReadOnlyList<string> Problems)> CheckAsync(BroadcastRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<string>();
        var text = request.Text?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            problems.Add("text is required.");
        }
        else if (text.Length > Broadcast.MaxTextLength)
        {
            problems.Add($"text is {text.Length} characters; at most {Broadcast.MaxTextLength}.");
        }
        else if (System.Text.Encoding.UTF8.GetByteCount(text) is var bytes && bytes > Broadcast.MaxTextBytes)
        {
            problems.Add($"text is {bytes} bytes in UTF-8; WeCom takes at most {Broadcast.MaxTextBytes}.");
        }

        if (request.ImageUrl is { Length: > 0 } image
            && !(Uri.TryCreate(image, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            problems.Add("imageUrl must be an http(s) URL.");
        }

        if (request.SendAt is not null && request.Cron is not null)
        {
            problems.Add("give sendAt or cron, not both.");
        }

        if (request.SendAt is { } at && at < clock.GetUtcNow().AddMinutes(-1))
        {
            problems.Add($"sendAt {at:O} is in the past.");
        }

        if (request.Cron is not null && !BroadcastSchedule.TryParseCron(request.Cron, out _))
        {
            problems.Add($"cron '{request.Cron}' is not a valid five-field cron expression (minute hour day month weekday).");
        }

        if (request.Targets != BroadcastTargetKind.Everyone && BroadcastTargets.Split(request.Codes ?? string.Empty).Count == 0)
        {
            problems.Add($"codes are required for {request.Targets}.");
        }

        var (groups, unknown) = await targets.ResolveAsync(request.Targets, request.Codes ?? string.Empty, cancellationToken).ConfigureAwait(false);
        if (unknown.Count > 0)
        {
            problems.Add($"unknown {request.Targets.ToString().ToLowerInvariant()}: {string.Join(", ", unknown)}.");
        }
        else if (groups.Count == 0)
        {
            problems.Add("these targets have no bound building group to reach.");
        }

        return (groups.Count, problems);
    }

    private static void Apply(Broadcast broadcast, BroadcastRequest request, DateTimeOffset now)
    {
        var text = request.Text!.Trim();
        broadcast.Title = string.IsNullOrWhiteSpace(request.Title) ? (text.Length > 30 ? text[..30] : text) : request.Title.Trim();
        broadcast.Text = text;
        broadcast.IsMarkdown = request.Markdown;
        broadcast.ImageUrl = string.IsNullOrEmpty(request.ImageUrl) ? null : request.ImageUrl;
        broadcast.TargetKind = request.Targets;
        broadcast.TargetCodes = string.Join(',', BroadcastTargets.Split(request.Codes ?? string.Empty));
        broadcast.Cron = request.Cron?.Trim();
        broadcast.SendAt = request.Cron is null ? request.SendAt ?? now : null;
        broadcast.Status = BroadcastStatus.Scheduled;
        broadcast.LastOccurrenceAt = null;
        broadcast.UpdatedAt = now;
    }
}
