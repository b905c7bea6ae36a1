using BuildingBot.Community.Configuration;
using BuildingBot.Dialogs.Policies;

namespace BuildingBot.Dialogs.Tests.Policies;

public class TripDatesTests
{
    private static readonly TimeZoneInfo Zone = CommunityTimeZone.Default.Zone;

    // Friday 27 November 2026, 10:00 in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData("下周三去杭州出差", "2026-12-02", "2026-12-09")]
    [InlineData("12月2日到12月5日去杭州", "2026-12-02", "2026-12-05")]
    [InlineData("12月2日到5日去上海", "2026-12-02", "2026-12-05")]
    [InlineData("下周三到周五在杭州开会", "2026-12-02", "2026-12-04")]
    [InlineData("下周三到杭州，周五回来", "2026-12-02", "2026-12-04")]
    [InlineData("下周三去杭州，周五回来", "2026-12-02", "2026-12-04")]
    [InlineData("明天去杭州出差三天", "2026-11-28", "2026-11-30")]
    [InlineData("12月20日回老家待两周", "2026-12-20", "2027-01-02")]
    [InlineData("去杭州出差", "2026-11-27", "2026-12-04")]
    [InlineData("三天后去杭州", "2026-11-27", "2026-12-04")]
    public void Read_TakesTheStartAndTheEnd_FromTheResidentsWords(string text, string from, string to)
    {
        var (start, end) = TripDates.Read(text, Now, Zone);

        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), start);
        Assert.Equal(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), end);
    }

    [Fact]
    public void Read_NeverStartsInThePast_AndNeverEndsBeforeTheStart()
    {
        var (start, end) = TripDates.Read("昨天到明天去杭州", Now, Zone);

        Assert.Equal(new DateOnly(2026, 11, 27), start);
        Assert.True(end >= start);
    }

    [Theory]
    [InlineData("登记到12月10日", "2026-12-10")]
    [InlineData("好的，住三天", "2026-12-04")]
    [InlineData("周五", "2026-12-04")]
    public void ReadEnd_ReadsTheDayBack_FromTheStart(string text, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), TripDates.ReadEnd(text, new DateOnly(2026, 12, 2), Zone));
    }

    [Theory]
    [InlineData("是")]
    [InlineData("12月1日")]
    public void ReadEnd_IsNull_WithoutADayOnOrAfterTheStart(string text)
    {
        Assert.Null(TripDates.ReadEnd(text, new DateOnly(2026, 12, 2), Zone));
    }

    [Fact]
    public void ReadEnd_KeepsATripToThreeMonths()
    {
        Assert.Equal(new DateOnly(2026, 12, 2).AddDays(TripDates.MaxDays), TripDates.ReadEnd("待半年，住200天", new DateOnly(2026, 12, 2), Zone));
    }
}
