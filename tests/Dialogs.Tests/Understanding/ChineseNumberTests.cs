using BuildingBot.Dialogs.Understanding;

namespace BuildingBot.Dialogs.Tests.Understanding;

public class ChineseNumberTests
{
    [Theory]
    [InlineData("12", 12)]
    [InlineData("十二", 12)]
    [InlineData("两", 2)]
    [InlineData("十", 10)]
    [InlineData("二十", 20)]
    [InlineData("二十五", 25)]
    [InlineData("一百零五", 105)]
    [InlineData("三千", 3000)]
    [InlineData("两万三千", 23000)]
    [InlineData("〇", 0)]
    public void TryParse_ReadsArabicAndChineseNumerals(string text, int expected)
    {
        Assert.True(ChineseNumber.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("百")]
    [InlineData("十二个")]
    [InlineData("abc")]
    public void TryParse_Fails_WhenTheTextIsNotANumber(string text)
    {
        Assert.False(ChineseNumber.TryParse(text, out _));
    }

    [Theory]
    [InlineData("大概十二个人", 12)]
    [InlineData("我们家两口人", 2)]
    [InlineData("报名 3 人", 3)]
    public void TryFind_FindsTheFirstNumberInText(string text, int expected)
    {
        Assert.True(ChineseNumber.TryFind(text, out var value));
        Assert.Equal(expected, value);
    }
}
