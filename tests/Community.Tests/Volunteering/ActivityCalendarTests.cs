using BuildingBot.Community.Volunteering;

namespace BuildingBot.Community.Tests.Volunteering;

public class ActivityCalendarTests
{
    private static VolunteerActivity Sundays(string skip = "") => new()
    {
        Title = "紅色星期天", Place = "广场", Cron = "0 9 * * 0", SkipDates = skip, Duration = TimeSpan.FromHours(2), Capacity = 10,
    };

    [Fact]
    public void Between_GivesEverySundayAtNineBeijingTime_AcrossAMonthBoundary_WithoutSkippedDates()
    {
        var from = new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero);

        var dates = ActivityCalendar.Between(Sundays("2026-12-06"), from, from.AddDays(17));

        Assert.Equal(
            [new DateTimeOffset(2026, 11, 29, 1, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 13, 1, 0, 0, TimeSpan.Zero)],
            dates);
    }

    [Fact]
    public void Between_FollowsFirstSundayOfTheMonth()
    {
        var activity = Sundays();
        activity.Cron = "0 9 1-7 * 0";
        var from = new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal([new DateTimeOffset(2026, 12, 6, 1, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 1, 3, 1, 0, 0, TimeSpan.Zero)],
            ActivityCalendar.Between(activity, from, from.AddDays(40)));
    }

    [Theory]
    [InlineData("0 9 * * 0", 12)]
    [InlineData("0 9 * * *", 12)]
    [InlineData("0 9 * * 0", 10)]
    public void Between_LeavesOutDatesThatStartedBeforeTheActivityWasCreated(string cron, int createdHour)
    {
        // Created on Sunday 2026-11-29 after (or during) that day's 09:00 slot: its first date is the next one.
        var activity = Sundays();
        activity.Cron = cron;
        activity.CreatedAt = new DateTimeOffset(2026, 11, 29, createdHour, 0, 0, TimeSpan.FromHours(8));
        var from = new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero);

        var first = ActivityCalendar.Between(activity, from, from.AddDays(10))[0];

        Assert.Equal(cron.EndsWith('0') ? new DateTimeOffset(2026, 12, 6, 1, 0, 0, TimeSpan.Zero) : new DateTimeOffset(2026, 11, 30, 1, 0, 0, TimeSpan.Zero), first);
    }

    [Fact]
    public void Between_KeepsADateStartingTheMomentTheActivityWasCreated()
    {
        var activity = Sundays();
        activity.CreatedAt = new DateTimeOffset(2026, 11, 29, 1, 0, 0, TimeSpan.Zero);
        var from = new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal(activity.CreatedAt, ActivityCalendar.Between(activity, from, from.AddDays(3)).Single());
    }

    [Theory]
    [InlineData("2027-01-01,2027-02-17", true)]
    [InlineData("", true)]
    [InlineData("明年元旦", false)]
    [InlineData("2027-13-01", false)]
    public void TryParseSkipDates_AcceptsIsoDatesOnly(string text, bool valid) =>
        Assert.Equal(valid, ActivityCalendar.TryParseSkipDates(text, out _));

    [Fact]
    public void Describe_SaysTheDateWeekdayAndTimesInBeijing() =>
        Assert.Equal("11月29日（周日）09:00–11:00", ActivityCalendar.Describe(Sundays(), new DateTimeOffset(2026, 11, 29, 1, 0, 0, TimeSpan.Zero)));
}
