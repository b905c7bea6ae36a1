using BuildingBot.Dialogs.Understanding;

namespace BuildingBot.Dialogs.Tests.Understanding;

public class ChineseHolidaysTests
{
    [Theory]
    [InlineData(2024, 4)]
    [InlineData(2025, 4)]
    [InlineData(2026, 5)]
    [InlineData(2027, 5)]
    [InlineData(2028, 4)]
    [InlineData(2030, 5)]
    public void Next_FindsQingmingOnItsSolarTerm_WhenTheYearVaries(int year, int day)
    {
        Assert.Equal(new DateOnly(year, 4, day), ChineseHolidays.Next("清明回老家", new DateOnly(year, 1, 10)));
    }

    [Fact]
    public void Next_TakesNextYearsFestival_WhenThisYearsIsOver()
    {
        Assert.Equal(new DateOnly(2027, 2, 6), ChineseHolidays.Next("春节", new DateOnly(2026, 11, 27)));
    }

    [Fact]
    public void Next_ReturnsNothing_WhenNoFestivalIsNamed()
    {
        Assert.Null(ChineseHolidays.Next("下周三", new DateOnly(2026, 11, 27)));
    }
}
