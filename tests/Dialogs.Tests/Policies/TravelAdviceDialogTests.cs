using BuildingBot.Community.Policies;
using BuildingBot.Dialogs.Tests.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Dialogs.Tests.Policies;

public class TravelAdviceDialogTests
{
    [Fact]
    public async Task Trip_IsAnsweredMostSpecificFirst_AndCanBeRegistered()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As("sim-r0066", "龙婷").InPrivate()
            .Send("下周三去杭州出差，要注意什么？")
            .AssertReplyContains("12月2日去杭州市（浙江省）")
            .Do(_ => Task.CompletedTask);
        await flow.AssertReplyContains("要登记这次出行吗").Send("好的").AssertReplyContains("已登记出行：12月2日至12月9日，杭州市");

        var trip = await flow.Host.QueryAsync(db => db.Trips.SingleAsync());
        Assert.Equal("3301", trip.RegionCode);
    }

    [Fact]
    public async Task Trip_WithAReturnDay_IsRegisteredForThoseDays_AndTheDayBackCanBeCorrected()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As("sim-r0066", "龙婷").InPrivate()
            .Send("下周三到周五去杭州出差，要注意什么？").AssertReplyContains("12月2日去杭州市（浙江省）")
            .AssertReplyContains("要登记这次出行吗（12月2日至12月4日，杭州市）")
            .Send("后来再说吧").AssertReplyContains("请回复“是”或“否”")
            .Send("好的，登记到12月6日").AssertReply("已登记出行：12月2日至12月6日，杭州市。有新规定会第一时间告诉您，祝您出行顺利！");

        var trip = await flow.Host.QueryAsync(db => db.Trips.SingleAsync());
        Assert.Equal((new DateOnly(2026, 12, 2), new DateOnly(2026, 12, 6)), (trip.From, trip.To));
    }

    [Fact]
    public async Task Answer_ListsTheCityThenTheProvinceThenTheNation()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As("sim-r0066", "龙婷").InPrivate()
            .Send("明天去杭州出行要注意什么")
            .AssertReplyContains("· [杭州市] 工作日7:00-9:00、16:30-18:30");
    }

    [Fact]
    public async Task UnknownPlace_GetsAskedAgain_ThenAnswered()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As("sim-r0066", "龙婷").InPrivate()
            .Send("我要出差，出行要注意什么").AssertReplyContains("您要去哪里")
            .Send("火星").AssertReplyContains("没有找到")
            .Send("上海").AssertReplyContains("上海市")
            .AssertReplyContains("要登记这次出行吗")
            .Send("不用").AssertReply("好的，祝您出行顺利！");
    }

    [Fact]
    public async Task AmbiguousPlace_OffersEveryPlaceOfThatName_AndTheLargerPlacePicksOne()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As("sim-r0066", "龙婷").InPrivate()
            .Send("下周去朝阳，出行要注意什么")
            .AssertSentTo("sim-r0066", "有几个地方叫这个名字", reply =>
            {
                Assert.Contains("朝阳区（北京市）", reply.Text, StringComparison.Ordinal);
                Assert.Contains("朝阳市（辽宁省）", reply.Text, StringComparison.Ordinal);
            })
            .Send("北京的那个")
            .AssertSentTo("sim-r0066", "去朝阳区（北京市）", reply => Assert.Contains("[北京市] ", reply.Text, StringComparison.Ordinal))
            .AssertReplyContains("要登记这次出行吗").Send("是").AssertReplyContains("已登记出行");

        Assert.Equal("110105", (await flow.Host.QueryAsync(db => db.Trips.SingleAsync())).RegionCode);
    }

    [Fact]
    public async Task AmbiguousPlace_IsAskedAgain_WhenTheAnswerFitsSeveral_AndAnOwnNamePicksOne()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As("sim-r0066", "龙婷").InPrivate()
            .Send("下周去朝阳，出行要注意什么").AssertReplyContains("有几个地方叫这个名字")
            .Send("朝阳区").AssertReplyContains("请回复选项前的数字")
            .Send("吉林的").AssertReplyContains("去朝阳区（长春市）");
    }

    [Fact]
    public async Task HomeTown_IsAskedFor_WhenOnlyHomeIsSaid()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As("sim-r0066", "龙婷").InPrivate()
            .Send("下周回老家，要注意什么").AssertReplyContains("您老家在哪里")
            .Send("安徽阜阳").AssertReplyContains("去阜阳市（安徽省）")
            .AssertReplyContains("要登记这次出行吗").Send("不用").AssertReply("好的，祝您出行顺利！");
    }

    [Theory]
    [InlineData("下周一回杭，出行要注意什么", "去杭州市（浙江省）")]
    [InlineData("从上海去杭州出差要注意什么", "去杭州市（浙江省）")]
    [InlineData("过年回老家安徽阜阳，出行要注意什么", "2027年2月6日去阜阳市（安徽省）")]
    [InlineData("月底去新疆乌鲁木齐旅游，要注意什么", "11月30日去乌鲁木齐市（新疆维吾尔自治区）")]
    public async Task Destination_IsTakenFromTheResidentsOwnWords(string message, string expected)
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As("sim-r0066", "龙婷").InPrivate().Send(message).AssertReplyContains(expected);
    }

    [Fact]
    public async Task PolicyChange_ReachesExactlyTheResidentsWithOverlappingTrips_Once()
    {
        await using var flow = await TestFlow.CreateAsync();
        await flow.As("sim-r0066", "龙婷").InPrivate()
            .Send("下周三去杭州出差，要注意什么？").AssertReplyContains("杭州").AssertReplyContains("要登记").Send("是").AssertReplyContains("已登记出行")
            .As("sim-r0067", "田晓燕").InPrivate()
            .Send("下周三去上海出差，要注意什么？").AssertReplyContains("上海").AssertReplyContains("要登记").Send("是").AssertReplyContains("已登记出行")
            .ClearReplies();

        int id;
        await using (var scope = flow.Host.Services.CreateAsyncScope())
        {
            var book = scope.ServiceProvider.GetRequiredService<PolicyBook>();
            var (policy, problems) = await book.CreateAsync(new PolicyRequest
            {
                RegionCode = "3301", Topic = PolicyTopic.Travel, Title = "杭州市12月交通管制", Body = "12月周末西湖景区实行单双号通行。",
                EffectiveFrom = new DateOnly(2026, 12, 1), EffectiveTo = new DateOnly(2026, 12, 31), SourceIssuer = "杭州市公安局西湖分局",
            }, example: false, default);
            Assert.Empty(problems);
            id = policy!.Id;
            await book.CreateAsync(new PolicyRequest
            {
                RegionCode = "3301", Topic = PolicyTopic.Travel, Title = "明年的规定", Body = "2027年起实行。", EffectiveFrom = new DateOnly(2027, 1, 1),
                SourceIssuer = "杭州市交通运输局",
            }, example: false, default);
        }

        var pushes = await flow.Host.QueryAsync(db => db.OutboxMessages.Where(m => m.IdempotencyKey.Contains(":resident:")).ToListAsync());
        var push = Assert.Single(pushes);
        Assert.Equal("sim-r0066", push.ConversationId);
        Assert.Contains("出行提醒：您登记了 12月2日 去杭州市", push.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PolicyChange_PostsAShortNotice_InGroupsFollowingTheTopic_Once()
    {
        await using var flow = await TestFlow.CreateAsync();
        var groups = await flow.Host.QueryAsync(db => db.BuildingGroups.CountAsync());
        var ids = new List<int>();
        await using (var scope = flow.Host.Services.CreateAsyncScope())
        {
            var book = scope.ServiceProvider.GetRequiredService<PolicyBook>();
            async Task Create(string region, PolicyTopic topic, string title, DateOnly from, DateOnly? to = null) =>
                ids.Add((await book.CreateAsync(new PolicyRequest
                {
                    RegionCode = region, Topic = topic, Title = title, Body = $"{title}：正文里有细节，群里只发标题。", EffectiveFrom = from, EffectiveTo = to,
                    SourceIssuer = "示例发布机关",
                }, example: false, default)).Policy!.Id);

            // The demo groups follow 出行 and 社区事务.
            await Create("3201", PolicyTopic.Travel, "南京市元旦出行提示", new DateOnly(2026, 12, 30), new DateOnly(2027, 1, 3));
            await Create("330106", PolicyTopic.CommunityAffairs, "西湖区大件垃圾预约清运", new DateOnly(2026, 12, 1));
            await Create("3201", PolicyTopic.CommunityAffairs, "南京市居住证办理", new DateOnly(2026, 12, 1));
            await Create("3301", PolicyTopic.Schooling, "杭州市入学报名", new DateOnly(2027, 3, 1));
            await Create("3301", PolicyTopic.Travel, "杭州市国庆出行提示（已过期）", new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 7));
            await book.EditAsync(ids[1], new PolicyRequest
            {
                RegionCode = "330106", Topic = PolicyTopic.CommunityAffairs, Title = "西湖区大件垃圾预约清运", Body = "改为每周二、周五清运。",
                EffectiveFrom = new DateOnly(2026, 12, 8), SourceIssuer = "西湖区城管局",
            }, default);
        }

        var notices = await flow.Host.QueryAsync(db => db.OutboxMessages.Where(m => m.IdempotencyKey.Contains(":group:")).ToListAsync());

        Assert.Equal(3 * groups, notices.Count);
        Assert.All(notices, n => Assert.StartsWith("sim-g-", n.ConversationId, StringComparison.Ordinal));
        Assert.Equal(groups, notices.Count(n => n.Payload.Contains("【政策提醒·出行】南京市《南京市元旦出行提示》新发布，12月30日至2027年1月3日有效，发布：示例发布机关。", StringComparison.Ordinal)));
        Assert.Equal(groups, notices.Count(n => n.Payload.Contains("【政策提醒·社区事务】西湖区《西湖区大件垃圾预约清运》有更新（第2版），12月8日起施行，发布：西湖区城管局。", StringComparison.Ordinal)));
        Assert.DoesNotContain(notices, n => n.Payload.Contains("正文", StringComparison.Ordinal));
    }
}
