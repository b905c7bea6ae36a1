using BuildingBot.Community.Channels;
using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.State;
using BuildingBot.Dialogs.Tests.Testing;
using BuildingBot.Dialogs.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Dialogs.Tests.Core;

public class DialogManagerTests
{
    private static Task<string?> WriteStoredStackAsync(DialogsHost host, string userId, string json) =>
        host.Services.GetRequiredService<IStateStore>().WriteAsync(
            StateKeys.ConversationUser(ConversationReference.Private(ChatChannel.Simulator, userId), userId),
            json, null, TimeSpan.FromHours(1), CancellationToken.None);

    [Fact]
    public async Task Cancel_EndsTheDialog_AtAnyStep()
    {
        await using var flow = await TestFlow.WithTestDialogsAsync();

        await flow.Begin(TestDialogs.Survey).AssertReply("您怎么称呼？")
            .Send("老张").AssertReplyContains("哪类问题？")
            .Send("取消").AssertReply(BotReplies.Cancelled)
            .Send("1").AssertReply(BotReplies.NotUnderstood);
    }

    [Fact]
    public async Task Help_ExplainsTheCurrentStep_AndAsksAgain()
    {
        await using var flow = await TestFlow.WithTestDialogsAsync();

        await flow.Begin(TestDialogs.Survey).AssertReply("您怎么称呼？")
            .Send("帮助").AssertReply("说一下您的称呼就行").AssertReply("您怎么称呼？")
            .Send("老张").AssertReplyContains("哪类问题？")
            .Send("帮助").AssertReply("请回复选项前的数字，或者直接说选项的名字。").AssertReplyContains("1. 物业维修")
            .Send("1").AssertReply("几个人？");
    }

    [Fact]
    public async Task Command_ForAnotherDialog_EndsTheUnfinishedOneAndRuns()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As("sim-r0066", "龙婷").InPrivate()
            .Send("报事").AssertReplyContains("遇到了什么问题")
            .Send("我的行程").AssertReply(BotReplies.Interrupted).AssertReplyContains("您没有未结束的出行登记")
            .Send("3幢电梯坏了").AssertReplyContains("需要尽快处理吗");
        Assert.Equal(0, await flow.Host.QueryAsync(db => db.WorkOrders.CountAsync()));
    }

    [Fact]
    public async Task Command_ForAnotherDialog_WaitsForAMention_InAGroup()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As("sim-r0066", "龙婷").InGroup("sim-g-XF01-3")
            .Send("报事", mention: true).AssertReplyContains("遇到了什么问题")
            .Send("我的积分", mention: false).AssertReplyContains("需要尽快处理吗");
    }

    [Fact]
    public async Task IdleDialog_Expires_AfterThirtyMinutes()
    {
        await using var flow = await TestFlow.WithTestDialogsAsync();

        await flow.Begin(TestDialogs.Survey).AssertReply("您怎么称呼？")
            .Wait(TimeSpan.FromMinutes(29)).Send("老张").AssertReplyContains("哪类问题？")
            .Wait(TimeSpan.FromMinutes(31)).Send("1").AssertReply(BotReplies.Expired(TimeSpan.FromMinutes(30)))
            .AssertReply(BotReplies.NotUnderstood);
    }

    [Fact]
    public async Task StoredStack_RestartsPolitely_WhenItNamesADialogThisVersionLacks()
    {
        await using var flow = await TestFlow.WithTestDialogsAsync();

        await flow.As("u1", "老张")
            .Do(host => WriteStoredStackAsync(host, "u1", """{"schemaVersion":1,"stack":[{"id":"reportProblem.v0","state":{}}],"values":{}}"""))
            .Send("老张").AssertReply(BotReplies.Restarted)
            .Send("帮助").AssertReplyContains("我是幸福里助手");
    }

    [Fact]
    public async Task StoredStack_RestartsPolitely_WhenAStepWasRenamed()
    {
        await using var flow = await TestFlow.WithTestDialogsAsync();

        await flow.As("u1", "老张")
            .Do(host => WriteStoredStackAsync(host, "u1",
                """{"schemaVersion":1,"stack":[{"id":"test.skip","state":{"step":0,"stepName":"askName","values":{}}},{"id":"test.text","state":{"options":{"prompt":"x"},"attempts":0,"asked":"u1"}}],"values":{}}"""))
            .Send("老张").AssertReply(BotReplies.Restarted).AssertNoReply();
    }

    [Fact]
    public async Task StoredState_RestartsPolitely_WhenItsSchemaVersionDiffers()
    {
        await using var flow = await TestFlow.WithTestDialogsAsync();

        await flow.As("u1", "老张")
            .Do(host => WriteStoredStackAsync(host, "u1", """{"schemaVersion":0,"dialogs":"old shape"}"""))
            .Send("帮助").AssertReply(BotReplies.Restarted).AssertReplyContains("我是幸福里助手");
    }

    [Fact]
    public async Task Group_KeepsEachResidentsDialogApart()
    {
        await using var flow = await TestFlow.WithTestDialogsAsync();

        await flow.InGroup("g1")
            .As("a", "甲").Begin(TestDialogs.Survey).AssertReplyTo("甲", "您怎么称呼？")
            .As("b", "乙").Begin(TestDialogs.SkipAhead).AssertReplyTo("乙", "您怎么称呼？")
            .As("a", "甲").Send("老甲", mention: false).AssertReplyTo("甲", "哪类问题？")
            .As("b", "乙").Send("老乙", mention: false).AssertReplyTo("乙", "你好，老乙")
            .As("a", "甲").Send("2", mention: false).AssertReplyTo("甲", "几个人？");
    }

    [Fact]
    public async Task Group_IgnoresSomeoneAnsweringAnothersPrompt()
    {
        await using var flow = await TestFlow.WithTestDialogsAsync();

        await flow.InGroup("g1")
            .As("a", "甲").Begin(TestDialogs.SkipAhead).AssertReplyTo("甲", "您怎么称呼？")
            .As("b", "乙").Send("老乙", mention: false).AssertNoReply()
            .As("b", "乙").Send("老乙").AssertReplyTo("乙", "没太明白")
            .As("a", "甲").Send("老甲", mention: false).AssertReplyTo("甲", "你好，老甲");
    }
}
