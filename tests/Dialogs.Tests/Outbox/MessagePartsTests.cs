using System.Text;
using BuildingBot.Community.Channels;
using BuildingBot.Dialogs.Outbox;
using BuildingBot.Dialogs.Turns;

namespace BuildingBot.Dialogs.Tests.Outbox;

public class MessagePartsTests
{
    private static OutgoingMessage Message(string text) => new()
    {
        Conversation = ConversationReference.Private(ChatChannel.WeCom, "zhangsan"),
        Text = text,
        IdempotencyKey = "k",
        Mention = new ChannelAccount("u1", "张三"),
        Attachments = [new Attachment("image/png", "https://example.invalid/a.png")],
    };

    [Fact]
    public void Split_LeavesAShortTextOrAnUnlimitedChannelAlone()
    {
        var message = Message("短消息");
        var unlimited = Message(new string('长', 5000));

        Assert.Same(message, Assert.Single(MessageParts.Split(message, 2048)));
        Assert.Same(unlimited, Assert.Single(MessageParts.Split(unlimited, null)));
    }

    [Fact]
    public void Split_CutsALongLineAtSentenceEnds_ThenBetweenCharacters_NeverBreakingOne()
    {
        var text = string.Concat(Enumerable.Repeat("请提前预约，", 3)) + "。" + new string('字', 100) + "😀完";

        var parts = MessageParts.Split(Message(text), 80);

        Assert.True(parts.Count > 3);
        Assert.All(parts, p => Assert.True(Encoding.UTF8.GetByteCount(p.Text) <= 80, p.Text));
        Assert.Equal(text, string.Concat(parts.Select(p => p.Text[..p.Text.LastIndexOf('（')])));
        Assert.Equal(Enumerable.Range(1, parts.Count).Select(i => $"k#{i}"), parts.Select(p => p.IdempotencyKey));
        Assert.Equal("张三", parts[0].Mention?.Name);
        Assert.Single(parts[0].Attachments);
        Assert.All(parts.Skip(1), p => Assert.True(p.Mention is null && p.Attachments.Count == 0));
    }

    [Fact]
    public void Split_LeavesACardWhole()
    {
        var card = Message(new string('长', 2000)) with { Buttons = [new CardButton("接单", "接单 1")] };

        Assert.Same(card, Assert.Single(MessageParts.Split(card, 2048)));
    }
}
