using System.Security.Cryptography;
using BuildingBot.Community.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Community.Volunteering;

/// <summary>
/// 报名 / 取消报名 / 签到 for one occurrence. Every sign-up and cancellation bumps the occurrence's
/// revision in the same save, so concurrent ones serialise: exactly the capacity is confirmed and the
/// rest wait in the order they came; a cancellation moves the first in line up.
/// </summary>
public sealed class VolunteerRegistration(CommunityDbContext db, TimeProvider clock)
{
    private const int MaxRaces = 50;

    /// <summary>The occurrence row for a start time, made once (unique per activity and start).</summary>
    public async Task<ActivityOccurrence> OccurrenceAsync(int activityId, DateTimeOffset startsAt, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var existing = await FindOccurrenceAsync(activityId, startsAt, cancellationToken).ConfigureAwait(false);
            if (existing is not null)
            {
                return existing;
            }

            db.ActivityOccurrences.Add(new ActivityOccurrence
            {
                ActivityId = activityId, StartsAt = startsAt, CheckInCode = RandomNumberGenerator.GetString("ABCDEFGHJKMNPQRSTUVWXYZ23456789", 6),
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException exception) when (attempt < 3 && DbConflicts.IsConflict(exception))
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    public Task<SignUpOutcome> SignUpAsync(int occurrenceId, int residentId, CancellationToken cancellationToken) =>
        ChangeAsync(occurrenceId, (occurrence, activity, now) =>
        {
            if (now >= occurrence.StartsAt)
            {
                return SignUpOutcome.Fail("活动已经开始，不能再报名了。");
            }

            var mine = occurrence.SignUps.FirstOrDefault(s => s.ResidentId == residentId);
            if (mine is { Status: not SignUpStatus.Cancelled })
            {
                return SignUpOutcome.Fail(mine.Status == SignUpStatus.Confirmed
                    ? "您已经报过名了，不用重复报名。"
                    : $"您已在候补名单第 {WaitingPosition(occurrence, mine)} 位，有人取消会通知您。");
            }

            var confirmed = occurrence.SignUps.Count(s => s.Status == SignUpStatus.Confirmed);
            var signUp = mine ?? new VolunteerSignUp { OccurrenceId = occurrence.Id, ResidentId = residentId };
            signUp.Status = confirmed < activity.Capacity ? SignUpStatus.Confirmed : SignUpStatus.Waiting;
            signUp.Sequence = occurrence.NextSequence++;
            signUp.SignedUpAt = now;
            signUp.CheckedInAt = null;
            if (mine is null)
            {
                occurrence.SignUps.Add(signUp);
            }

            return new SignUpOutcome(signUp.Status, signUp.Status == SignUpStatus.Confirmed ? confirmed + 1 : WaitingPosition(occurrence, signUp), null);
        }, cancellationToken);

    public Task<SignUpOutcome> CancelAsync(int occurrenceId, int residentId, CancellationToken cancellationToken) =>
        ChangeAsync(occurrenceId, (occurrence, _, now) =>
        {
            var mine = occurrence.SignUps.FirstOrDefault(s => s.ResidentId == residentId && s.Status != SignUpStatus.Cancelled);
            if (mine is null)
            {
                return SignUpOutcome.Fail("您没有报名这次活动。");
            }

            if (now >= occurrence.StartsAt)
            {
                return SignUpOutcome.Fail("活动已经开始，不能取消报名了。");
            }

            var wasConfirmed = mine.Status == SignUpStatus.Confirmed;
            mine.Status = SignUpStatus.Cancelled;
            var next = wasConfirmed
                ? occurrence.SignUps.Where(s => s.Status == SignUpStatus.Waiting).OrderBy(s => s.Sequence).FirstOrDefault()
                : null;
            if (next is not null)
            {
                next.Status = SignUpStatus.Confirmed;
            }

            return new SignUpOutcome(SignUpStatus.Cancelled, 0, null) { PromotedResidentId = next?.ResidentId };
        }, cancellationToken);

    /// <summary>签到 within the window around the start (30 minutes before until the end); the code, when given, must match.</summary>
    public Task<SignUpOutcome> CheckInAsync(int occurrenceId, int residentId, string? code, CancellationToken cancellationToken) =>
        ChangeAsync(occurrenceId, (occurrence, activity, now) =>
        {
            if (code is not null && !string.Equals(code, occurrence.CheckInCode, StringComparison.OrdinalIgnoreCase))
            {
                return SignUpOutcome.Fail("签到码不对，请扫描活动现场的二维码。");
            }

            if (now < occurrence.StartsAt - CheckInOpensBefore || now > occurrence.StartsAt + activity.Duration)
            {
                return SignUpOutcome.Fail($"现在不在签到时间内（活动开始前 30 分钟到结束）。");
            }

            var mine = occurrence.SignUps.FirstOrDefault(s => s.ResidentId == residentId && s.Status == SignUpStatus.Confirmed);
            if (mine is null)
            {
                return SignUpOutcome.Fail("您没有这次活动的确认名额，请先报名（候补的居民转正后才能签到）。");
            }

            if (mine.CheckedInAt is not null)
            {
                return SignUpOutcome.Fail("您已经签到过了。");
            }

            mine.CheckedInAt = now;
            return new SignUpOutcome(SignUpStatus.Confirmed, 0, null);
        }, cancellationToken);

    public static readonly TimeSpan CheckInOpensBefore = TimeSpan.FromMinutes(30);

    private static int WaitingPosition(ActivityOccurrence occurrence, VolunteerSignUp signUp) =>
        occurrence.SignUps.Count(s => s.Status == SignUpStatus.Waiting && s.Sequence <= signUp.Sequence);

    private async Task<SignUpOutcome> ChangeAsync(
        int occurrenceId, Func<ActivityOccurrence, VolunteerActivity, DateTimeOffset, SignUpOutcome> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var occurrence = await db.ActivityOccurrences.Include(o => o.SignUps).Include(o => o.Activity)
                .FirstOrDefaultAsync(o => o.Id == occurrenceId, cancellationToken).ConfigureAwait(false);
            if (occurrence?.Activity is not { } activity)
            {
                return SignUpOutcome.Fail("没有找到这次活动。");
            }

            var outcome = change(occurrence, activity, clock.GetUtcNow());
            if (!outcome.Succeeded)
            {
                return outcome;
            }

            occurrence.Revision++;
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return outcome;
            }
            catch (DbUpdateException exception) when (attempt < MaxRaces && DbConflicts.IsConflict(exception))
            {
                // Someone else signed up or cancelled first: decide again on fresh numbers.
                await Task.Delay(Random.Shared.Next(5, 20 * Math.Min(attempt, 5)), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private Task<ActivityOccurrence?> FindOccurrenceAsync(int activityId, DateTimeOffset startsAt, CancellationToken cancellationToken) =>
        db.ActivityOccurrences.AsNoTracking().FirstOrDefaultAsync(o => o.ActivityId == activityId && o.StartsAt == startsAt, cancellationToken);
}
