using BuildingBot.Community.Persistence;
using BuildingBot.Community.Volunteering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuildingBot.Community.MutualHelp;

/// <summary>
/// Loads a 邻里互助 post, asks it to change, saves it with the messages its events cause (one unit of work). A confirmed
/// help credits the helper on the volunteers' ledger (时间银行); the unique (post, resident) key keeps it single.
/// </summary>
public sealed class HelpService(CommunityDbContext db, TimeProvider clock, IOptions<HelpOptions> options)
{
    private readonly HelpOptions _options = options.Value;

    /// <summary>A new post in the compound, unless the poster already has as many open posts as allowed.</summary>
    public async Task<HelpOutcome> PostAsync(
        int compoundId, HelpKind kind, int posterId, string what, string? whenText, DateTimeOffset? when, string? where, CancellationToken cancellationToken)
    {
        if (HelpPost.Refuse(what) is { } refusal)
        {
            return HelpOutcome.Refused(refusal);
        }

        if (await OpenCountAsync(posterId, cancellationToken).ConfigureAwait(false) >= _options.MaxOpenPerResident)
        {
            return HelpOutcome.Refused(HelpRefusal.TooManyOpen);
        }

        var count = await db.HelpPosts.CountAsync(p => p.CompoundId == compoundId, cancellationToken).ConfigureAwait(false);
        var post = HelpPost.Create(compoundId, $"HZ{count + 1}", kind, posterId, what, whenText, when,
            where is { Length: > HelpPost.MaxWhereLength } ? where[..HelpPost.MaxWhereLength] : where, clock.GetUtcNow(), _options.DefaultExpiry);
        db.HelpPosts.Add(post);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new HelpOutcome(post, null);
    }

    /// <summary>Posts that are open or matched (not yet done) of the resident.</summary>
    public Task<int> OpenCountAsync(int residentId, CancellationToken cancellationToken) =>
        db.HelpPosts.CountAsync(p => p.PosterResidentId == residentId && (p.Status == HelpStatus.Open || p.Status == HelpStatus.Matched), cancellationToken);

    public Task<HelpOutcome> AnswerAsync(int compoundId, string number, int residentId, CancellationToken cancellationToken) =>
        ChangeAsync(compoundId, number, p => p.Answer(residentId, clock.GetUtcNow()), cancellationToken);

    public Task<HelpOutcome> DecideAsync(int compoundId, string number, int posterId, int? sequence, bool agree, CancellationToken cancellationToken) =>
        ChangeAsync(compoundId, number, p => p.Decide(posterId, sequence, agree, clock.GetUtcNow()), cancellationToken);

    public Task<HelpOutcome> WithdrawAsync(int compoundId, string number, int residentId, CancellationToken cancellationToken) =>
        ChangeAsync(compoundId, number, p => p.Withdraw(residentId), cancellationToken);

    /// <summary>完成: done, and the helper credited once on the shared ledger (a repeated confirmation credits nothing).</summary>
    public async Task<HelpOutcome> ConfirmAsync(int compoundId, string number, int residentId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await ChangeAsync(compoundId, number, p =>
        {
            var refusal = p.Confirm(residentId, now);
            if (refusal is null)
            {
                db.VolunteerCredits.Add(new VolunteerCredit
                {
                    HelpPostId = p.Id, ResidentId = p.HelperResidentId!.Value, Hours = _options.HoursPerHelp, Points = _options.PointsPerHelp, CreditedAt = now,
                });
            }

            return refusal;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>举报 by a resident of the compound: hidden at once and listed for staff review.</summary>
    public async Task<HelpOutcome> ReportAsync(int compoundId, string number, int residentId, string reason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var text = string.IsNullOrWhiteSpace(reason) ? "（未说明）" : reason.Trim();
        return await ChangeAsync(compoundId, number, p =>
        {
            var refusal = p.Hide();
            if (refusal is null)
            {
                db.HelpReports.Add(new HelpReport
                {
                    PostId = p.Id, ResidentId = residentId, ReportedAt = now,
                    Reason = text.Length > HelpReport.MaxReasonLength ? text[..HelpReport.MaxReasonLength] : text,
                });
            }

            return refusal;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Staff review of a hidden post: restore it (the report was unfounded) or remove it.</summary>
    public async Task<HelpOutcome> ReviewAsync(int postId, bool restore, string by, CancellationToken cancellationToken)
    {
        var post = await db.HelpPosts.Include(p => p.Responses).FirstOrDefaultAsync(p => p.Id == postId, cancellationToken).ConfigureAwait(false);
        if (post is null)
        {
            return HelpOutcome.Refused(HelpRefusal.NotFound);
        }

        var refusal = restore ? post.Restore() : post.Remove();
        if (refusal is null)
        {
            var now = clock.GetUtcNow();
            await db.HelpReports.Where(r => r.PostId == postId && r.ReviewedAt == null).ForEachAsync(r => (r.ReviewedAt, r.ReviewedBy) = (now, by), cancellationToken)
                .ConfigureAwait(false);
        }

        return await SaveAsync(post, refusal, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The hourly sweep: open posts past their time expire; matched ones past it ask the asker to confirm (once).</summary>
    public async Task<(int Expired, int Asked)> SweepAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var posts = await db.HelpPosts.Where(p => p.Status == HelpStatus.Open || p.Status == HelpStatus.Matched && p.ConfirmationAskedAt == null)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var expired = posts.Count(p => p.Expire(now));
        var asked = posts.Count(p => p.AskConfirmation(now));
        foreach (var post in posts.Where(p => p.HasDomainEvents()))
        {
            post.Revision++;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (expired, asked);
    }

    /// <summary>The post numbered <paramref name="number"/> in the compound.</summary>
    public Task<HelpPost?> FindAsync(int compoundId, string number, CancellationToken cancellationToken) =>
        db.HelpPosts.Include(p => p.Responses).FirstOrDefaultAsync(p => p.CompoundId == compoundId && p.Number == number, cancellationToken);

    private async Task<HelpOutcome> ChangeAsync(int compoundId, string number, Func<HelpPost, HelpRefusal?> change, CancellationToken cancellationToken)
    {
        var post = await FindAsync(compoundId, number.ToUpperInvariant(), cancellationToken).ConfigureAwait(false);
        return post is null ? HelpOutcome.Refused(HelpRefusal.NotFound) : await SaveAsync(post, change(post), cancellationToken).ConfigureAwait(false);
    }

    private async Task<HelpOutcome> SaveAsync(HelpPost post, HelpRefusal? refusal, CancellationToken cancellationToken)
    {
        if (refusal is null)
        {
            post.Revision++;
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return new HelpOutcome(post, refusal);
    }
}
