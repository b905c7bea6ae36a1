using BuildingBot.Community.Volunteering;
using BuildingBot.Dialogs.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Dialogs.Tests.Volunteering;

public class VolunteerDialogTests
{
    private static async Task CreateRedSundayAsync(DialogsHost host, int capacity)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var (_, problems) = await scope.ServiceProvider.GetRequiredService<ActivityService>().CreateAsync(new ActivityRequest
        {
            Title = "紅色星期天", Place = "幸福家园广场", Cron = "0 9 * * 0", Capacity = capacity, Targets = ActivityTargetKind.Buildings, Codes = "XF01-3",
        }, default);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task SignUp_WaitsWhenFull_AndCancellingMovesTheWaitingNeighbourUp()
    {
        await using var flow = await TestFlow.CreateAsync();
        await CreateRedSundayAsync(flow.Host, capacity: 1);

        await flow.As("sim-r0066", "龙婷").InGroup("sim-g-XF01-3")
            .Send("报名", mention: false).AssertReply("报名成功，详情已私信您。")
            .AssertReplyContains("报名成功！【紅色星期天】11月29日（周日）09:00–11:00", privately: true)
            .Send("报名").AssertReplyContains("您已经报过名了")
            .As("sim-r0067", "田晓燕")
            .Send("报名").AssertReply("名额已满，已登记候补第 1 位。")
            .AssertReplyContains("候补第 1 位", privately: true)
            .As("sim-r0066", "龙婷").InPrivate()
            .Send("取消报名").AssertReplyContains("已取消报名：【紅色星期天】")
            .AssertSentTo("sim-r0067", "您已从候补转为正式参加【紅色星期天】");
    }

    [Fact]
    public async Task Points_AndSignUp_AnswerPlainly_WhenThereIsNothing()
    {
        await using var flow = await TestFlow.CreateAsync();

        await flow.As("sim-r0066", "龙婷").InPrivate()
            .Send("我的积分").AssertReply("您还没有志愿服务记录，欢迎报名参加社区活动！")
            .Send("报名").AssertReply("近期您所在的楼栋没有可以报名的活动，有新活动会在群里通知。")
            .Send("签到").AssertReply("现在没有需要您签到的活动（活动开始前 30 分钟起可以签到）。")
            .As("stranger", "路人")
            .Send("报名").AssertReplyContains("请先绑定房号");
    }
}
