using BuildingBot.WeCom.Callbacks;
using BuildingBot.WeCom.Tests.Crypto;

namespace BuildingBot.WeCom.Tests.Callbacks;

public class BotMessageTests
{
    [Fact]
    public void Parse_ReadsThePublishedGroupMention()
    {
        var message = BotMessage.Parse(CryptoVector.Named("ai-bot-json-group-mention").Plaintext);

        Assert.Equal("1234567890123456", message.MsgId);
        Assert.Equal("test", message.Text);
        Assert.Equal("test", message.FromUserId);
        Assert.Equal("bot:1234567890123456", message.DeduplicationKey);
    }

    [Fact]
    public void Parse_JoinsMixedTextAndCollectsImages()
    {
        var message = BotMessage.Parse("""
            {"msgid":"m2","chattype":"group","chatid":"wr1","from":{"userid":"u1"},"response_url":"https://x.invalid/r",
             "msgtype":"mixed","mixed":{"msg_item":[{"msgtype":"text","text":{"content":"3幢电梯坏了"}},{"msgtype":"image","image":{"url":"https://x.invalid/p.jpg"}}]}}
            """);

        Assert.True(message.IsGroup);
        Assert.Equal("3幢电梯坏了", message.Text);
        Assert.Equal(["https://x.invalid/p.jpg"], message.ImageUrls);
        Assert.Equal("https://x.invalid/r", message.ResponseUrl);
    }

    [Fact]
    public void Parse_KeepsTheQuotedText()
    {
        var message = BotMessage.Parse("""
            {"msgid":"m3","chattype":"single","from":{"userid":"u1"},"msgtype":"text","text":{"content":"这个怎么处理"},
             "quote":{"msgtype":"text","text":{"content":"楼道灯坏了"}}}
            """);

        Assert.False(message.IsGroup);
        Assert.Equal("这个怎么处理\n「楼道灯坏了」", message.Text);
    }

    [Fact]
    public void Parse_ReadsAnEvent()
    {
        var message = BotMessage.Parse("""{"msgid":"m4","from":{"userid":"u1"},"msgtype":"event","event":{"eventtype":"enter_chat"}}""");

        Assert.Equal("enter_chat", message.EventType);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("""{"msgid":"m5"}""")]
    [InlineData("[]")]
    public void Parse_RefusesWhatIsNotABotMessage(string json)
    {
        Assert.Throws<CallbackRejectedException>(() => BotMessage.Parse(json));
    }
}
