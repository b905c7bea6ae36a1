using BuildingBot.Community.Persistence;
using BuildingBot.Community.Volunteering;
using BuildingBot.Scheduling.Volunteering;
using BuildingBot.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BuildingBot.Scheduling.Tests.Volunteering;

public class ActivityRunnerTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    private static DateTimeOffset At(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, Beijing);

    private static async Task<(SchedulingHost Host, FakeTimeProvider Clock, int ActivityId)> ArrangeAsync(
        TemporaryFolder folder, DateTimeOffset? createdAt = null, string cron = "0 9 * * 0")
    {
        var clock = new FakeTimeProvider(createdAt ?? At(11, 27, 10));
        var host = await SchedulingHost.StartAsync(folder.File("c.db"), clock, startServer: false);
        var (activity, problems) = await host.WithAsync(s => s.GetRequiredService<ActivityService>().CreateAsync(new ActivityRequest
        {
            Title = "紅色星期天", Place = "幸福家园广场", Cron = cron, Capacity = 2, Targets = ActivityTargetKind.Buildings, Codes = "XF01-3",
            SkipDates = "2026-12-06", PartyMembersExpected = true,
        }, default));
        Assert.Empty(problems);
        return (host, clock, activity!.Id);
    }

    private static Task<IReadOnlyList<ActivityStep>> RunAsync(SchedulingHost host, int activityId) =>
        host.WithAsync(s => s.GetRequiredService<ActivityRunner>().RunAsync(activityId, default));

    private static Task<List<(string Key, string To, string Payload)>> OutboxAsync(SchedulingHost host) =>
        host.WithAsync(async s => (await s.GetRequiredService<CommunityDbContext>().OutboxMessages.OrderBy(m => m.Id)
            .Select(m => new { m.IdempotencyKey, m.ConversationId, m.Payload }).ToListAsync()).Select(m => (m.IdempotencyKey, m.ConversationId, m.Payload)).ToList());

    private static Task<int> ResidentAsync(SchedulingHost host, string userId) =>
        host.WithAsync(s => s.GetRequiredService<CommunityDbContext>().Residents.Where(r => r.ChannelUserId == userId).Select(r => r.Id).SingleAsync());

    private static Task<SignUpOutcome> SignUpAsync(SchedulingHost host, int occurrence, int resident) =>
        host.WithAsync(s => s.GetRequiredService<VolunteerRegistration>().SignUpAsync(occurrence, resident, default));

    [Fact]
    public async Task Run_AnnouncesRemindsCreditsAndSummarises_AcrossAMonthWithASkippedHoliday()
    {
        using var folder = new TemporaryFolder();
        var (host, clock, activityId) = await ArrangeAsync(folder);
        await using var _ = host;

        await RunAsync(host, activityId);
        var announced = Assert.Single(await OutboxAsync(host));
        Assert.Equal("sim-g-XF01-3", announced.To);
        Assert.Contains("【紅色星期天】11月29日（周日）09:00–11:00", announced.Payload, StringComparison.Ordinal);
        Assert.Contains("在职党员", announced.Payload, StringComparison.Ordinal);

        var occurrence = await host.WithAsync(s => s.GetRequiredService<CommunityDbContext>().ActivityOccurrences.SingleAsync());
        var longTing = await ResidentAsync(host, "sim-r0066");
        var tian = await ResidentAsync(host, "sim-r0067");
        await SignUpAsync(host, occurrence.Id, longTing);
        await SignUpAsync(host, occurrence.Id, tian);

        clock.SetUtcNow(At(11, 28, 9, 30));
        await RunAsync(host, activityId);
        await RunAsync(host, activityId);
        clock.SetUtcNow(At(11, 29, 8, 0).AddSeconds(5));
        await RunAsync(host, activityId);
        clock.SetUtcNow(At(11, 29, 8, 45));
        Assert.True((await host.WithAsync(s => s.GetRequiredService<VolunteerRegistration>().CheckInAsync(occurrence.Id, longTing, occurrence.CheckInCode, default))).Succeeded);
        clock.SetUtcNow(At(11, 29, 11, 5));
        await RunAsync(host, activityId);
        await RunAsync(host, activityId);

        var messages = await OutboxAsync(host);
        Assert.Equal(2, messages.Count(m => m.Key.Contains(":remind-day:", StringComparison.Ordinal)));
        Assert.Equal(2, messages.Count(m => m.Key.Contains(":remind-hour:", StringComparison.Ordinal)));
        Assert.Contains(messages, m => m.To == "sim-r0066" && m.Payload.Contains("将于一小时后开始", StringComparison.Ordinal));
        var summary = Assert.Single(messages, m => m.Key.Contains(":summary:", StringComparison.Ordinal));
        Assert.Contains("1 位志愿者参加，共服务 2 小时", summary.Payload, StringComparison.Ordinal);
        var credit = await host.WithAsync(s => s.GetRequiredService<VolunteerQueries>().PointsAsync(longTing, default));
        Assert.Equal((20, 2.0, 1), credit);
        Assert.Equal((0, 0.0, 0), await host.WithAsync(s => s.GetRequiredService<VolunteerQueries>().PointsAsync(tian, default)));

        // 12-06 is a holiday: nothing is announced for it; 12-13 is, after the month changed.
        clock.SetUtcNow(At(12, 4, 10));
        await RunAsync(host, activityId);
        Assert.Equal(messages.Count, (await OutboxAsync(host)).Count);
        clock.SetUtcNow(At(12, 10, 10));
        await RunAsync(host, activityId);
        Assert.Contains("12月13日（周日）", (await OutboxAsync(host))[^1].Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_SkipsRemindersWhoseMomentPassedDuringDowntime()
    {
        using var folder = new TemporaryFolder();
        var (host, clock, activityId) = await ArrangeAsync(folder);
        await using var _ = host;
        await RunAsync(host, activityId);
        var occurrence = await host.WithAsync(s => s.GetRequiredService<CommunityDbContext>().ActivityOccurrences.SingleAsync());
        await SignUpAsync(host, occurrence.Id, await ResidentAsync(host, "sim-r0066"));

        clock.SetUtcNow(At(11, 29, 9, 30));
        await RunAsync(host, activityId);

        var messages = await OutboxAsync(host);
        Assert.DoesNotContain(messages, m => m.Key.Contains(":remind-", StringComparison.Ordinal));
        var marked = await host.WithAsync(s => s.GetRequiredService<CommunityDbContext>().ActivityOccurrences.AsNoTracking().SingleAsync());
        Assert.NotNull(marked.DayReminderAt);
        Assert.NotNull(marked.HourReminderAt);
    }

    [Theory]
    [InlineData("0 9 * * 0", 12, 0)]
    [InlineData("0 9 * * *", 12, 0)]
    [InlineData("0 9 * * 0", 10, 0)]
    [InlineData("0 9 * * *", 9, 30)]
    public async Task Run_SaysNothingAboutADateThatStartedBeforeTheActivityWasCreated(string cron, int hour, int minute)
    {
        // Created on Sunday 11-29 after that day's 09:00–11:00 slot began (or ended): it never happened for this activity.
        using var folder = new TemporaryFolder();
        var (host, clock, activityId) = await ArrangeAsync(folder, At(11, 29, hour, minute), cron);
        await using var _ = host;

        await RunAsync(host, activityId);
        foreach (var later in new[] { At(11, 29, 11, 5), At(11, 29, 20) }.Where(t => t > clock.GetUtcNow()))
        {
            clock.SetUtcNow(later);
            await RunAsync(host, activityId);
        }

        var messages = await OutboxAsync(host);
        Assert.DoesNotContain(messages, m => m.Payload.Contains("11月29日", StringComparison.Ordinal));
        Assert.DoesNotContain(messages, m => m.Key.Contains(":summary:", StringComparison.Ordinal));
        var starts = await host.WithAsync(s => s.GetRequiredService<CommunityDbContext>().ActivityOccurrences.Select(o => o.StartsAt).ToListAsync());
        Assert.All(starts, start => Assert.True(start > At(11, 29, 11), $"no occurrence should exist for {start:O}"));
    }

    [Fact]
    public async Task Run_DropsTheHourReminder_WhenTheProcessComesBackSecondsBeforeTheStart()
    {
        using var folder = new TemporaryFolder();
        var (host, clock, activityId) = await ArrangeAsync(folder);
        await using var _ = host;
        await RunAsync(host, activityId);
        var occurrence = await host.WithAsync(s => s.GetRequiredService<CommunityDbContext>().ActivityOccurrences.SingleAsync());
        await SignUpAsync(host, occurrence.Id, await ResidentAsync(host, "sim-r0066"));
        clock.SetUtcNow(At(11, 28, 9, 30));
        await RunAsync(host, activityId);

        // Down from before 08:00 until 08:59:14: "starts in one hour" 46 seconds before the start is wrong, not late.
        clock.SetUtcNow(At(11, 29, 8, 59).AddSeconds(14));
        await RunAsync(host, activityId);
        clock.SetUtcNow(At(11, 29, 9, 0).AddSeconds(30));
        await RunAsync(host, activityId);

        var messages = await OutboxAsync(host);
        Assert.Single(messages, m => m.Key.Contains(":remind-day:", StringComparison.Ordinal));
        Assert.DoesNotContain(messages, m => m.Key.Contains(":remind-hour:", StringComparison.Ordinal));
        var marked = await host.WithAsync(s => s.GetRequiredService<CommunityDbContext>().ActivityOccurrences.AsNoTracking().SingleAsync());
        Assert.Equal(At(11, 29, 8, 59).AddSeconds(14), marked.HourReminderAt);
    }

    [Theory]
    [InlineData(8, 0, "将于一小时后开始")]
    [InlineData(8, 4, "将于一小时后开始")]
    [InlineData(8, 20, "将于40分钟后开始")]
    [InlineData(8, 44, "将于16分钟后开始")]
    public async Task Run_SaysTheTrueTimeLeftInTheHourReminder_WhenItGoesOutLate(int hour, int minute, string expected)
    {
        using var folder = new TemporaryFolder();
        var (host, clock, activityId) = await ArrangeAsync(folder);
        await using var _ = host;
        await RunAsync(host, activityId);
        var occurrence = await host.WithAsync(s => s.GetRequiredService<CommunityDbContext>().ActivityOccurrences.SingleAsync());
        await SignUpAsync(host, occurrence.Id, await ResidentAsync(host, "sim-r0066"));

        clock.SetUtcNow(At(11, 29, hour, minute).AddSeconds(10));
        await RunAsync(host, activityId);

        var reminder = Assert.Single(await OutboxAsync(host), m => m.Key.Contains(":remind-", StringComparison.Ordinal));
        Assert.Contains(":remind-hour:", reminder.Key, StringComparison.Ordinal);
        Assert.Contains(expected, reminder.Payload, StringComparison.Ordinal);
    }
}
