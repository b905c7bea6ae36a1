using BuildingBot.Community.Text;

namespace BuildingBot.Community.Tests.Text;

public class ControlCharactersTests
{
    [Theory]
    [InlineData("帮\u0000助", "帮助")]
    [InlineData("\u001B[31m红字", "[31m红字")]
    [InlineData("txt.exe\u202Egpj", "txt.exegpj")]
    [InlineData("\u2066隔离\u2069\u200E\u200F\u061C\u202A\u202B\u202C\u202D", "隔离")]
    [InlineData("C1\u0085\u009B控制", "C1控制")]
    [InlineData("行一\r\n行二\u007F", "行一\n行二")]
    public void Strip_RemovesControlAndBidiFormattingCharacters_WhenPresent(string text, string expected)
    {
        Assert.Equal(expected, ControlCharacters.Strip(text));
    }

    [Fact]
    public void Strip_KeepsTabsNewlinesEmojiAndChinese_WhenNothingIsUnwanted()
    {
        const string text = "第一行\t缩进\n第二行 👨‍👩‍👧 ١٢٣ English";

        Assert.Same(text, ControlCharacters.Strip(text));
    }
}
