using BuildingBot.Community.Channels;
using BuildingBot.Community.Groups;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Volunteering;
using BuildingBot.Dialogs.Outbox;
using BuildingBot.Dialogs.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BuildingBot.Scheduling.Volunteering;

/// <summary>
/// What time does to an activity, run every minute (and by staff on demand, with the same effect): announce each date
/// in the target groups (default 3 days before), remind confirmed volunteers privately 24 hours and 1 hour before, and
/// after the end credit hours and points to those who checked in and post a summary without names. A reminder goes out
/// at its moment; one that comes due late (the process was down) goes out only while it still makes sense: the 24-hour
/// one until an hour before the start, the 1-hour one saying the true time left while at least
/// <see cref="HourReminderMargin"/> remains; otherwise it is marked done unsent, with a log line saying why. Each step is
/// marked done on the occurrence in the same save as its messages and credits, so a crash leaves it either wholly done
/// or not begun; every message has an outbox key per (occurrence, kind, target), unique in the database, so it goes out once.
/// </summary>
public sealed partial class ActivityRunner(
    CommunityDbContext db, ActivityTargets targets, VolunteerRegistration registration, IOutbox outbox, TimeProvider clock,
    ILogger<ActivityRunner> logger)
{
    public static readonly TimeSpan DayBefore = TimeSpan.FromHours(24);
    public static readonly TimeSpan HourBefore = TimeSpan.FromHours(1);

    /// <summary>A late 1-hour reminder with less time than this left is not sent: too late to change plans or to come.</summary>
    public static readonly TimeSpan HourReminderMargin = TimeSpan.FromMinutes(15);

    /// <summary>Takes the steps that are due and not yet done; returns them (none for an unknown or cancelled activity).</summary>
    public async Task<IReadOnlyList<ActivityStep>> RunAsync(int activityId, CancellationToken cancellationToken)
    {
        var activity = await db.VolunteerActivities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == activityId, cancellationToken).ConfigureAwait(false);
        if (activity is null || activity.Cancelled)
        {
            return [];
        }

        var now = clock.GetUtcNow();
        var groups = await targets.GroupsAsync(activity, cancellationToken).ConfigureAwait(false);
        var steps = new List<ActivityStep>();
        foreach (var start in ActivityCalendar.Between(activity, now - activity.Duration - TimeSpan.FromDays(1), now + activity.AnnounceBefore))
        {
            var occurrence = await registration.OccurrenceAsync(activity.Id, start, cancellationToken).ConfigureAwait(false);
            steps.AddRange(await AnnounceAsync(activity, occurrence, groups, now, cancellationToken).ConfigureAwait(false));
            steps.AddRange(await RemindAsync(activity, occurrence, now, cancellationToken).ConfigureAwait(false));
            steps.AddRange(await SummarizeAsync(activity, occurrence, groups, now, cancellationToken).ConfigureAwait(false));
        }

        return steps;
    }

    private async Task<IReadOnlyList<ActivityStep>> AnnounceAsync(
        VolunteerActivity activity, ActivityOccurrence occurrence, IReadOnlyList<BuildingGroup> groups, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (occurrence.AnnouncedAt is not null || now >= occurrence.StartsAt)
        {
            return [];
        }

        var text = $"【{activity.Title}】{ActivityCalendar.Describe(activity, occurrence.StartsAt)}，地点：{activity.Place}。" +
            (activity.Description.Length > 0 ? $"{activity.Description}。" : string.Empty) +
            (activity.PartyMembersExpected ? "欢迎在职党员到社区报到参加。" : string.Empty) +
            $"名额 {activity.Capacity} 人，@幸福里助手 发“报名”即可报名，发“取消报名”可取消。";
        var messages = groups.Select(g => ToGroup(g, text, $"activity:{occurrence.Id}:announce:{g.Channel}:{g.ChatId}")).ToList();
        if (!await SaveStepAsync(occurrence.Id, o => o.AnnouncedAt = now, messages, cancellationToken).ConfigureAwait(false))
        {
            return [];
        }

        LogAnnounced(activity.Id, occurrence.StartsAt, groups.Count);
        return [new ActivityStep(occurrence.Id, occurrence.StartsAt, "announce", messages.Count)];
    }

    private async Task<IReadOnlyList<ActivityStep>> RemindAsync(
        VolunteerActivity activity, ActivityOccurrence occurrence, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var steps = new List<ActivityStep>();
        var start = occurrence.StartsAt;
        if (occurrence.DayReminderAt is null && now >= start - DayBefore)
        {
            // Late, it still helps until the 1-hour reminder takes over; its text names the date, so it stays true.
            var send = now < start - HourBefore;
            var reminders = send
                ? await RemindersAsync(activity, occurrence, "day", $"将于{ActivityCalendar.Describe(activity, start)}", cancellationToken).ConfigureAwait(false)
                : Skipped("24-hour", activity.Id, start, now >= start ? "the activity had begun" : "the 1-hour reminder is due instead");
            if (await SaveStepAsync(occurrence.Id, o => o.DayReminderAt = now, reminders, cancellationToken).ConfigureAwait(false))
            {
                steps.Add(new ActivityStep(occurrence.Id, start, "day-reminder", reminders.Count, !send));
            }
        }

        if (occurrence.HourReminderAt is null && now >= start - HourBefore)
        {
            // "Starts in one hour" is true only on time; late, it says the time left, and with too little left it is dropped.
            var left = start - now;
            var send = left >= HourReminderMargin;
            var reminders = send
                ? await RemindersAsync(activity, occurrence, "hour", $"将于{TimeLeft(left)}后", cancellationToken).ConfigureAwait(false)
                : Skipped("1-hour", activity.Id, start, left <= TimeSpan.Zero ? "the activity had begun" : $"only {left.TotalMinutes:0.#} minutes were left before the start");
            if (await SaveStepAsync(occurrence.Id, o => o.HourReminderAt = now, reminders, cancellationToken).ConfigureAwait(false))
            {
                steps.Add(new ActivityStep(occurrence.Id, start, "hour-reminder", reminders.Count, !send));
            }
        }

        return steps;
    }

    /// <summary>"一小时" on time (up to 5 minutes late), else the minutes left, e.g. "40分钟".</summary>
    private static string TimeLeft(TimeSpan left) =>
        left >= HourBefore - TimeSpan.FromMinutes(5) ? "一小时" : $"{Math.Round(left.TotalMinutes, MidpointRounding.AwayFromZero):0}分钟";

    private List<OutgoingMessage> Skipped(string kind, int activityId, DateTimeOffset start, string why)
    {
        LogSkipped(kind, activityId, start, why);
        return [];
    }

    private async Task<List<OutgoingMessage>> RemindersAsync(
        VolunteerActivity activity, ActivityOccurrence occurrence, string kind, string when, CancellationToken cancellationToken)
    {
        var volunteers = await db.VolunteerSignUps.AsNoTracking()
            .Where(s => s.OccurrenceId == occurrence.Id && s.Status == SignUpStatus.Confirmed)
            .Select(s => new { s.ResidentId, s.Resident!.Channel, s.Resident.ChannelUserId }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var text = $"提醒：您报名的【{activity.Title}】{when}开始，地点：{activity.Place}。到场后发“签到”或扫描现场二维码签到。不能参加请发“取消报名”。";
        return volunteers.Where(v => v.ChannelUserId is not null).Select(v => new OutgoingMessage
        {
            Conversation = ConversationReference.Private(v.Channel, v.ChannelUserId!), Text = text,
            IdempotencyKey = $"activity:{occurrence.Id}:remind-{kind}:{v.ResidentId}",
        }).ToList();
    }

    private async Task<IReadOnlyList<ActivityStep>> SummarizeAsync(
        VolunteerActivity activity, ActivityOccurrence occurrence, IReadOnlyList<BuildingGroup> groups, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (occurrence.SummarizedAt is not null || now < occurrence.StartsAt + activity.Duration)
        {
            return [];
        }

        var present = await db.VolunteerSignUps.AsNoTracking()
            .Where(s => s.OccurrenceId == occurrence.Id && s.Status == SignUpStatus.Confirmed && s.CheckedInAt != null)
            .Select(s => s.ResidentId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var hours = activity.Duration.TotalHours;
        var points = (int)Math.Round(hours * activity.PointsPerHour);
        var credited = await db.VolunteerCredits.Where(c => c.OccurrenceId == occurrence.Id).Select(c => c.ResidentId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        db.VolunteerCredits.AddRange(present.Except(credited).Select(resident => new VolunteerCredit
        {
            OccurrenceId = occurrence.Id, ResidentId = resident, Hours = hours, Points = points, CreditedAt = now,
        }));
        var text = present.Count == 0
            ? $"【{activity.Title}】{ActivityCalendar.Describe(activity, occurrence.StartsAt)} 已结束，感谢关注，下次见！"
            : $"【{activity.Title}】{ActivityCalendar.Describe(activity, occurrence.StartsAt)} 圆满结束：{present.Count} 位志愿者参加，" +
              $"共服务 {present.Count * hours:0.#} 小时。感谢大家！";
        var messages = groups.Select(g => ToGroup(g, text, $"activity:{occurrence.Id}:summary:{g.Channel}:{g.ChatId}")).ToList();
        return await SaveStepAsync(occurrence.Id, o => o.SummarizedAt = now, messages, cancellationToken).ConfigureAwait(false)
            ? [new ActivityStep(occurrence.Id, occurrence.StartsAt, "summary", messages.Count)]
            : [];
    }

    /// <summary>
    /// Marks the step done on the occurrence and queues its messages in one save (with whatever else the step added,
    /// such as credits): both or neither. A unique key already stored means another server took this step; false then.
    /// </summary>
    private async Task<bool> SaveStepAsync(
        int occurrenceId, Action<ActivityOccurrence> mark, IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        var occurrence = await db.ActivityOccurrences.FirstAsync(o => o.Id == occurrenceId, cancellationToken).ConfigureAwait(false);
        mark(occurrence);
        await outbox.AddAsync(messages, cancellationToken).ConfigureAwait(false);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DbUpdateException exception) when (DbConflicts.IsConflict(exception))
        {
            db.ChangeTracker.Clear();
            LogTakenElsewhere(exception, occurrenceId);
            return false;
        }
    }

    private static OutgoingMessage ToGroup(BuildingGroup group, string text, string key) => new()
    {
        Conversation = new ConversationReference(group.Channel, group.ChatId, ConversationKind.Group), Text = text, IdempotencyKey = key,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Activity {Id}: the date {Start:O} announced in {Groups} groups")]
    private partial void LogAnnounced(int id, DateTimeOffset start, int groups);

    [LoggerMessage(Level = LogLevel.Information, Message = "Activity occurrence {Id}: another server took this step first")]
    private partial void LogTakenElsewhere(Exception exception, int id);

    [LoggerMessage(Level = LogLevel.Information, Message = "Activity {Id}: the {Kind} reminder for {Start:O} was not sent and is marked done: it came due late and {Why}")]
    private partial void LogSkipped(string kind, int id, DateTimeOffset start, string why);
}
