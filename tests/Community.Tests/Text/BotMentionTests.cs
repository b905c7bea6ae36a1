using BuildingBot.Community.Text;

namespace BuildingBot.Community.Tests.Text;

public class BotMentionTests
{
    [Theory]
    [InlineData("@幸福里助手 帮助", "帮助")]
    [InlineData("@幸福里助手\u2005帮助", "帮助")]
    [InlineData("帮助 @幸福里助手", "帮助")]
    [InlineData("3幢电梯坏了@幸福里助手 快来人", "3幢电梯坏了 快来人")]
    [InlineData("＠幸福里助手 报事", "报事")]
    [InlineData("@张三 你看看 @幸福里助手 帮助", "@张三 你看看 帮助")]
    [InlineData("帮助", "帮助")]
    public void Strip_RemovesOnlyTheBotsOwnMention_WhereverItStands(string text, string expected) =>
        Assert.Equal(expected, BotMention.Strip(text, "幸福里助手"));

    [Theory]
    [InlineData("@幸福里助手 帮助", true)]
    [InlineData("＠幸福里助手", true)]
    [InlineData("幸福里助手真好", false)]
    public void Mentions_IsTrue_OnlyForAnAtMention(string text, bool expected) =>
        Assert.Equal(expected, BotMention.Mentions(text, "幸福里助手"));
}
