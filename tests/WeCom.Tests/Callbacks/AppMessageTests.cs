using BuildingBot.TestSupport;
using BuildingBot.WeCom.Callbacks;
using CsCheck;

namespace BuildingBot.WeCom.Tests.Callbacks;

public class AppMessageTests
{
    [Fact]
    public void Parse_ReadsATextMessage()
    {
        var message = AppMessage.Parse(
            "<xml><ToUserName><![CDATA[ww1]]></ToUserName><FromUserName><![CDATA[ChenJiaShun]]></FromUserName><CreateTime>1476422779</CreateTime>" +
            "<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[你好]]></Content><MsgId>1456453720</MsgId><AgentID>1000002</AgentID></xml>");

        Assert.Equal("text", message.MsgType);
        Assert.Equal("ChenJiaShun", message.FromUserName);
        Assert.Equal("你好", message.Content);
        Assert.Equal("app:msg:1456453720", message.DeduplicationKey);
    }

    [Fact]
    public void DeduplicationKey_TellsApartSystemEventsOfTheSameSecond()
    {
        static string Event(string chatId, string change) =>
            $"<xml><FromUserName>sys</FromUserName><CreateTime>1700000000</CreateTime><MsgType>event</MsgType><Event>change_external_chat</Event>" +
            $"<ChatId>{chatId}</ChatId><ChangeType>{change}</ChangeType><UpdateDetail>add_member</UpdateDetail></xml>";

        var keys = new[] { Event("wr1", "update"), Event("wr2", "update"), Event("wr1", "dismiss") }
            .Select(x => AppMessage.Parse(x).DeduplicationKey).ToList();

        Assert.Equal(3, keys.Distinct().Count());
        Assert.Equal(keys[0], AppMessage.Parse(Event("wr1", "update")).DeduplicationKey);
    }

    [Fact]
    public void DeduplicationKey_StaysShortAndDistinct_WhenEventFieldsAreLong()
    {
        static string Click(string key) =>
            $"<xml><FromUserName>WangJianHua</FromUserName><CreateTime>1700000001</CreateTime><MsgType>event</MsgType>" +
            $"<Event>template_card_event</Event><EventKey>{key}</EventKey><TaskId>t</TaskId></xml>";

        var first = AppMessage.Parse(Click(new string('长', 3000))).DeduplicationKey;
        var second = AppMessage.Parse(Click(new string('长', 2999))).DeduplicationKey;

        Assert.True(first.Length <= 210, first);
        Assert.NotEqual(first, second);
        Assert.Equal(first, AppMessage.Parse(Click(new string('长', 3000))).DeduplicationKey);
    }

    [Theory]
    [InlineData("MsgId")]
    [InlineData("FromUserName")]
    [InlineData("ChatId")]
    public void Parse_Refuses_WhenAnIdIsLongerThanWeComMakesThem(string field)
    {
        var fields = new Dictionary<string, string> { ["FromUserName"] = "WangJianHua", ["MsgId"] = "1456453720", ["ChatId"] = "wr1", [field] = new string('长', 129) };
        var xml = $"<xml><MsgType>text</MsgType><Content>你好</Content>{string.Concat(fields.Select(f => $"<{f.Key}>{f.Value}</{f.Key}>"))}</xml>";

        var refused = Assert.Throws<CallbackRejectedException>(() => AppMessage.Parse(xml));

        Assert.Contains(field, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ReadsATemplateCardClick()
    {
        var message = AppMessage.Parse(
            "<xml><FromUserName>WangJianHua</FromUserName><CreateTime>1700000001</CreateTime><MsgType>event</MsgType>" +
            "<Event>template_card_event</Event><EventKey>accept:WO-20261126-0042</EventKey><TaskId>task-1</TaskId><ResponseCode>rc</ResponseCode></xml>");

        Assert.Equal("accept:WO-20261126-0042", message.EventKey);
        Assert.Equal("task-1", message.TaskId);
    }

    [Theory]
    [InlineData("""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><xml><Encrypt>&lol2;</Encrypt></xml>""")]
    [InlineData("""<!DOCTYPE xml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><xml><Encrypt>&xxe;</Encrypt></xml>""")]
    [InlineData("<xml><Encrypt>unclosed")]
    [InlineData("<xml><AgentID>1</AgentID></xml>")]
    public void ParseEnvelope_RefusesDtdsBrokenXmlAndMissingCiphertext(string xml)
    {
        Assert.Throws<CallbackRejectedException>(() => AppMessage.ParseEnvelope(xml));
    }

    [Theory]
    [InlineData("<CreateTime>99999999999999</CreateTime>")]
    [InlineData("<CreateTime>253402300800</CreateTime>")]
    [InlineData("<CreateTime>-5</CreateTime>")]
    [InlineData("<CreateTime>yesterday</CreateTime>")]
    [InlineData("<CreateTime><a>1700000000</a></CreateTime>")]
    [InlineData("<CreateTime>1700000000</CreateTime><MsgId><id>1</id></MsgId>")]
    [InlineData("<CreateTime>1700000000</CreateTime><ChatId>wr\u0085</ChatId>")]
    public void Parse_Refuses_WhenAFieldIsOfTheWrongShape(string fields)
    {
        var xml = $"<xml><FromUserName>WangJianHua</FromUserName><MsgType>text</MsgType><Content>帮助</Content>{fields}</xml>";

        Assert.Throws<CallbackRejectedException>(() => AppMessage.Parse(xml));
    }

    [Fact]
    public void Parse_ReadsOrRefuses_WhateverShapeTheXmlHas()
    {
        MalformedCallbacks.AppXml.Sample(xml =>
        {
            try
            {
                var message = AppMessage.Parse(xml);
                Assert.InRange(message.CreateTime, 0, AppMessage.MaxCreateTime);
            }
            catch (CallbackRejectedException)
            {
                // Refused is one of the two allowed outcomes; any other exception fails the sample.
            }
        }, iter: 5000);
    }
}
