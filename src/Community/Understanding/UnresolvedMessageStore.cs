using System.Security.Cryptography;
using System.Text;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuildingBot.Community.Understanding;

/// <summary>
/// Keeps misunderstood messages for review: one row per message (a later, stronger reason replaces a weaker one:
/// misunderstood over an unanswered question over low confidence), redacted before it is stored, listed newest
/// first, labelled once, and bounded by age and count.
/// </summary>
public sealed class UnresolvedMessageStore(CommunityDbContext db, Redactor redactor, IOptions<UnresolvedOptions> options)
{
    private const int Batch = 1000;

    public async Task RecordAsync(UnresolvedNote note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(note);
        var key = HashKey(note.MessageKey);
        if (await UpgradeAsync(key, note.Reason, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var text = await redactor.RedactAsync(note.Text.Trim(), cancellationToken).ConfigureAwait(false);
        db.UnresolvedMessages.Add(new UnresolvedMessage
        {
            Key = key,
            Text = text.Length > UnresolvedMessage.TextLength ? text[..UnresolvedMessage.TextLength] : text,
            Role = note.Role,
            Context = note.Context,
            Guess = note.Guess,
            Confidence = Math.Round(note.Confidence, 4),
            GuessCategory = note.GuessCategory,
            Reason = note.Reason,
            CreatedAt = note.At,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException exception) when (DbConflicts.IsConflict(exception))
        {
            // The same message was recorded meanwhile (a rerun turn, another process): keep the stronger reason.
            db.ChangeTracker.Clear();
            await UpgradeAsync(key, note.Reason, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Newest first; filtered by reason and by whether staff labelled it.</summary>
    public async Task<(IReadOnlyList<UnresolvedMessage> Rows, int Total)> ListAsync(
        UnresolvedReason? reason, bool? labelled, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = db.UnresolvedMessages.AsNoTracking();
        if (reason is { } r)
        {
            query = query.Where(m => m.Reason == r);
        }

        if (labelled is { } l)
        {
            query = l ? query.Where(m => m.LabelledAt != null) : query.Where(m => m.LabelledAt == null);
        }

        var total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
        var rows = await query.OrderByDescending(m => m.Id).Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return (rows, total);
    }

    public Task<UnresolvedMessage?> FindAsync(long id, CancellationToken cancellationToken) =>
        db.UnresolvedMessages.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);

    /// <summary>Every labelled row, oldest first.</summary>
    public async Task<IReadOnlyList<UnresolvedMessage>> LabelledAsync(CancellationToken cancellationToken) =>
        await db.UnresolvedMessages.AsNoTracking().Where(m => m.LabelledAt != null).OrderBy(m => m.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Stores staff's label on a row not labelled yet; false when it is gone or was labelled already.</summary>
    public async Task<bool> LabelAsync(long id, string intent, string category, string entities, DateTimeOffset at, CancellationToken cancellationToken) =>
        await db.UnresolvedMessages.Where(m => m.Id == id && m.LabelledAt == null).ExecuteUpdateAsync(
            set => set.SetProperty(m => m.LabelledAt, at).SetProperty(m => m.LabelIntent, intent)
                .SetProperty(m => m.LabelCategory, category).SetProperty(m => m.LabelEntities, entities),
            cancellationToken).ConfigureAwait(false) == 1;

    /// <summary>Takes a label back (its line could not be written).</summary>
    public Task UnlabelAsync(long id, CancellationToken cancellationToken) =>
        db.UnresolvedMessages.Where(m => m.Id == id).ExecuteUpdateAsync(
            set => set.SetProperty(m => m.LabelledAt, (DateTimeOffset?)null).SetProperty(m => m.LabelIntent, (string?)null)
                .SetProperty(m => m.LabelCategory, (string?)null).SetProperty(m => m.LabelEntities, (string?)null),
            cancellationToken);

    /// <summary>Removes rows past the retention and beyond the newest <see cref="UnresolvedOptions.MaxRows"/>; returns how many.</summary>
    public async Task<int> TrimAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var removed = 0;

        // Ids grow with time, so the oldest rows come first; dates are compared here because SQLite cannot in SQL.
        while (true)
        {
            var rows = await db.UnresolvedMessages.AsNoTracking().OrderBy(m => m.Id).Take(Batch)
                .Select(m => new { m.Id, m.CreatedAt }).ToListAsync(cancellationToken).ConfigureAwait(false);
            var old = rows.TakeWhile(r => r.CreatedAt < now - settings.Retention).Select(r => r.Id).ToList();
            if (old.Count > 0)
            {
                removed += await db.UnresolvedMessages.Where(m => old.Contains(m.Id)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            }

            if (old.Count < Batch)
            {
                break;
            }
        }

        var keepFrom = await db.UnresolvedMessages.AsNoTracking().OrderByDescending(m => m.Id).Skip(Math.Max(settings.MaxRows, 0) - 1)
            .Select(m => (long?)m.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (keepFrom is { } first)
        {
            removed += await db.UnresolvedMessages.Where(m => m.Id < first).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }

        return removed;
    }

    private async Task<bool> UpgradeAsync(string key, UnresolvedReason reason, CancellationToken cancellationToken)
    {
        var existing = await db.UnresolvedMessages.AsNoTracking().Where(m => m.Key == key)
            .Select(m => new { m.Id, m.Reason }).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (existing is null)
        {
            return false;
        }

        if (reason > existing.Reason)
        {
            await db.UnresolvedMessages.Where(m => m.Id == existing.Id).ExecuteUpdateAsync(
                set => set.SetProperty(m => m.Reason, reason), cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    private static string HashKey(string messageKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(messageKey)))[..32];
}
