using BuildingBot.Dialogs.Understanding;

namespace BuildingBot.Dialogs.Tests.Understanding;

public class ChineseTextTests
{
    [Theory]
    [InlineData("紅色星期天", "红色星期天")]
    [InlineData("西湖區", "西湖区")]
    [InlineData("電梯壞了", "电梯坏了")]
    [InlineData("ＷＯ－２０２６", "wo-2026")]
    [InlineData("  帮助  ", "帮助")]
    public void Normalize_UnifiesWhatPeopleType(string text, string expected)
    {
        Assert.Equal(expected, ChineseText.Normalize(text));
    }
}
