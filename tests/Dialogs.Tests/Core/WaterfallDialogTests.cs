using BuildingBot.Dialogs.Tests.Testing;

namespace BuildingBot.Dialogs.Tests.Core;

public class WaterfallDialogTests
{
    [Fact]
    public async Task NextAsync_SkipsTheQuestion_WhenTheValueIsKnown()
    {
        await using var flow = await TestFlow.WithTestDialogsAsync();

        await flow.Begin(TestDialogs.SkipAhead, "老张").AssertReply("你好，老张").AssertNoReply();
    }

    [Fact]
    public async Task Waterfall_AsksTheQuestion_WhenTheValueIsUnknown()
    {
        await using var flow = await TestFlow.WithTestDialogsAsync();

        await flow.Begin(TestDialogs.SkipAhead).AssertReply("您怎么称呼？").Send("小李").AssertReply("你好，小李");
    }

    [Fact]
    public async Task Values_KeepTheirTypes_AcrossTurns()
    {
        await using var flow = await TestFlow.WithTestDialogsAsync();

        // The survey's last step reads an int, a string and a DateTimeOffset stored turns earlier.
        await flow.Begin(TestDialogs.Survey).AssertReply("您怎么称呼？")
            .Send("老张").AssertReplyContains("哪类问题？").Send("1").AssertReply("几个人？")
            .Send("5").AssertReply("什么时候？").Send("2026-12-01 09:30").AssertReply("有照片吗？")
            .Send("跳过").AssertReplyContains("提交吗").Send("是").AssertReply("老张|物业维修|5|2026-12-01 09:30|0|True");
    }
}
