using BuildingBot.Community.Configuration;
using BuildingBot.Dialogs.Understanding;

namespace BuildingBot.Dialogs.Tests.Understanding;

public class ChineseDateTimeTests
{
    private static readonly TimeZoneInfo Zone = CommunityTimeZone.Default.Zone;

    // Friday 2026-11-27 10:00 in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("今天", "2026-11-27", null)]
    [InlineData("明天", "2026-11-28", null)]
    [InlineData("后天", "2026-11-29", null)]
    [InlineData("大后天", "2026-11-30", null)]
    [InlineData("周六", "2026-11-28", null)]
    [InlineData("星期四", "2026-12-03", null)]
    [InlineData("礼拜天", "2026-11-29", null)]
    [InlineData("这周五", "2026-11-27", null)]
    [InlineData("下周三", "2026-12-02", null)]
    [InlineData("下下周一", "2026-12-07", null)]
    [InlineData("本月15号", "2026-11-15", null)]
    [InlineData("15号", "2026-12-15", null)]
    [InlineData("下个月3号", "2026-12-03", null)]
    [InlineData("3月5日上午9点", "2027-03-05", "09:00")]
    [InlineData("12月1日下午3点半", "2026-12-01", "15:30")]
    [InlineData("晚上八点", "2026-11-27", "20:00")]
    [InlineData("早上8点", "2026-11-28", "08:00")]
    [InlineData("明天中午12点", "2026-11-28", "12:00")]
    [InlineData("明天下午两点十五分", "2026-11-28", "14:15")]
    [InlineData("2026-12-01 09:30", "2026-12-01", "09:30")]
    [InlineData("2027年1月2日", "2027-01-02", null)]
    [InlineData("下周六 14:00", "2026-12-05", "14:00")]
    [InlineData("周末", "2026-11-28", null)]
    [InlineData("下周末", "2026-12-05", null)]
    [InlineData("下周去北京", "2026-11-30", null)]
    [InlineData("下下周", "2026-12-07", null)]
    [InlineData("月底", "2026-11-30", null)]
    [InlineData("下个月底", "2026-12-31", null)]
    [InlineData("12月底", "2026-12-31", null)]
    [InlineData("2月初", "2027-02-01", null)]
    [InlineData("月初", "2026-12-01", null)]
    [InlineData("下个月", "2026-12-01", null)]
    [InlineData("年底", "2026-12-31", null)]
    [InlineData("元旦", "2027-01-01", null)]
    [InlineData("春节回老家", "2027-02-06", null)]
    [InlineData("除夕", "2027-02-05", null)]
    [InlineData("端午", "2027-06-09", null)]
    [InlineData("中秋", "2027-09-15", null)]
    [InlineData("国庆去杭州", "2027-10-01", null)]
    public void Resolve_ReadsChineseExpressions_InShanghaiTime(string text, string date, string? time)
    {
        var resolved = ChineseDateTime.Resolve(text, Now, Zone);

        Assert.NotNull(resolved);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), resolved.Date);
        Assert.Equal(time, resolved.Time?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(TimeSpan.FromHours(8), resolved.Value.Offset);
    }

    [Theory]
    [InlineData("好的")]
    [InlineData("5号楼坏了")]
    [InlineData("")]
    public void Resolve_ReturnsNull_WhenThereIsNoDate(string text)
    {
        Assert.Null(ChineseDateTime.Resolve(text, Now, Zone));
    }

    [Fact]
    public void Resolve_UsesTheShanghaiDate_WhenUtcIsStillTheDayBefore()
    {
        // 2026-11-27 20:00 UTC is already Saturday 04:00 in Shanghai.
        var resolved = ChineseDateTime.Resolve("明天", new DateTimeOffset(2026, 11, 27, 20, 0, 0, TimeSpan.Zero), Zone);

        Assert.Equal(new DateOnly(2026, 11, 29), resolved?.Date);
    }
}
