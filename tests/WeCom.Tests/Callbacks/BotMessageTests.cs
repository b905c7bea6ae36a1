using BuildingBot.TestSupport;
using BuildingBot.WeCom.Callbacks;
using BuildingBot.WeCom.Tests.Crypto;
using CsCheck;

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

    [Theory]
    [InlineData("""{"msgid":"m6","from":{"userid":"u1"},"msgtype":"mixed","mixed":[]}""")]
    [InlineData("""{"msgid":"m6","from":{"userid":"u1"},"msgtype":"mixed","mixed":{"msg_item":{"msgtype":"text"}}}""")]
    [InlineData("""{"msgid":"m6","from":{"userid":"u1"},"msgtype":"mixed","mixed":{"msg_item":[1,"text"]}}""")]
    [InlineData("""{"msgid":"m6","from":{"userid":"u1"},"msgtype":"text","text":"帮助"}""")]
    [InlineData("""{"msgid":"m6","from":["u1"],"msgtype":"text","text":{"content":"帮助"}}""")]
    [InlineData("""{"msgid":"m6","from":{"userid":7},"msgtype":"text","text":{"content":"帮助"}}""")]
    [InlineData("""{"msgid":"m6","from":{"userid":"u1"},"msgtype":"text","text":{"content":"\ud800"}}""")]
    [InlineData("""{"msgid":"m6\u0000","from":{"userid":"u1"},"msgtype":"text","text":{"content":"帮助"}}""")]
    [InlineData("""{"msgid":"m6","from":{"userid":"u1"},"msgtype":"text","text":{"content":"帮助"},"response_url":"javascript:alert(1)"}""")]
    [InlineData("""{"msgid":"m6","from":{"userid":"u1"},"msgtype":"event","event":{"eventtype":"template_card_event","template_card_event":[]}}""")]
    [InlineData("""{"msgid":"m6","from":{"userid":"u1"},"msgtype":"text","quote":"引用"}""")]
    public void Parse_Refuses_WhenAFieldHasTheWrongJsonKind(string json)
    {
        Assert.Throws<CallbackRejectedException>(() => BotMessage.Parse(json));
    }

    [Fact]
    public void Parse_ReadsOrRefuses_WhateverShapeTheJsonHas()
    {
        MalformedCallbacks.BotJson.Sample(json =>
        {
            try
            {
                BotMessage.Parse(json);
            }
            catch (CallbackRejectedException)
            {
                // Refused is one of the two allowed outcomes; any other exception fails the sample.
            }
        }, iter: 5000);
    }
}
