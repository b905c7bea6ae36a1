using System.Net.Http.Json;
using System.Text.Json;
using BuildingBot.BotHost.Simulator;
using BuildingBot.BotHost.Tests.WorkOrders;
using BuildingBot.Community.MutualHelp;
using BuildingBot.Dialogs.Understanding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using static BuildingBot.BotHost.Tests.MutualHelp.HelpRoster;
using static BuildingBot.BotHost.Tests.StaffConsole.ConsoleWorld;

namespace BuildingBot.BotHost.Tests.MutualHelp;

/// <summary>邻里互助 end to end through the simulator: post, answer, consent on both sides, confirmation, points, reports, expiry.</summary>
public sealed class HelpJourneyTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static DateTimeOffset At(int day, int hour) => new(2026, 12, day, hour, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task Need_IsPostedWithoutDetails_AnsweredAgreedConfirmed_AndTheHelperCreditedOnce()
    {
        var clock = new FakeTimeProvider(At(1, 9));
        await using var factory = BotHostFactory.Embedded().WithServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        using var client = await PrepareAsync(factory);
        var chat = new SimulatorChat(client);

        // The need, in the group, with a name and a phone the bot cuts out; it asks only where.
        await chat.SayInGroupAsync(Group1, Chen, $"@幸福里助手 求助：明天下午3点谁能帮我接下孩子，我是陈晓红，电话{ChenPhone}");
        await chat.BotSaysAsync(Group1, "在小区里的什么地方", group: true);
        await chat.SayInGroupAsync(Group1, Chen, "@幸福里助手 小区门口");
        await chat.BotSaysAsync(Group1, "已发到小区的楼栋群：邻里互助 HZ1", group: true);
        await chat.BotSaysAsync(Group1, "为保护隐私", group: true);
        foreach (var group in new[] { Group1, Group2 })
        {
            var post = await chat.BotSaysAsync(group, "【邻里互助 HZ1】有邻居求助", group: true);
            Assert.Contains("地点：小区门口", post.Text, StringComparison.Ordinal);
            Assert.Contains("12月2日 15:00", post.Text, StringComparison.Ordinal);
            Assert.Equal("我来帮 HZ1", Assert.Single(post.Buttons).Value);
        }

        // Two neighbours answer (a button, then typed in the other group); the poster is asked privately about each.
        await chat.PressAsync(Lin, "我来帮 HZ1");
        await chat.BotSaysAsync(Lin, "我正在私下询问发布人");
        await chat.SayInGroupAsync(Group2, Zhou, "我来帮");
        await chat.BotSaysAsync(Zhou, "我正在私下询问发布人");
        var ask = await chat.BotSaysAsync(Chen, "有邻居愿意帮您：HZ1");
        Assert.Equal(["同意 HZ1 第1位", "不用了 HZ1 第1位"], ask.Buttons.Select(b => b.Value));
        Assert.DoesNotContain(LinPhone, ask.Text, StringComparison.Ordinal);

        // The poster agrees to the first: contacts go privately both ways, the second is thanked.
        await chat.PressAsync(Chen, "同意 HZ1 第1位");
        var toChen = await chat.BotSaysAsync(Chen, "为你们牵线");
        Assert.Contains("林国栋", toChen.Text, StringComparison.Ordinal);
        Assert.Contains(LinPhone, toChen.Text, StringComparison.Ordinal);
        var toLin = await chat.BotSaysAsync(Lin, "为你们牵线");
        Assert.Contains(ChenPhone, toLin.Text, StringComparison.Ordinal);
        await chat.BotSaysAsync(Zhou, "已经有邻居接手了");

        // Confirmed twice: credited once, and 我的积分 shows it.
        await chat.SayPrivatelyAsync(Chen, "已经帮好了");
        await chat.BotSaysAsync(Chen, "已确认 HZ1 完成");
        await chat.BotSaysAsync(Lin, "时间银行记入 1 小时、10 积分");
        await chat.SayPrivatelyAsync(Chen, "完成 HZ1");
        await chat.BotSaysAsync(Chen, "HZ1 已经确认完成了");
        var lin = await ResidentIdAsync(factory, Lin);
        Assert.Equal(1, await WithDbAsync(factory, db => db.VolunteerCredits.CountAsync(c => c.ResidentId == lin && c.HelpPostId != null)));
        await chat.SayPrivatelyAsync(Lin, "我的积分");
        await chat.BotSaysAsync(Lin, "积分 10 分");

        // Nothing personal ever reached a group.
        foreach (var group in new[] { Group1, Group2 })
        {
            var texts = (await client.GetFromJsonAsync<List<SimulatorMessageView>>($"/simulator/api/groups/{group}/messages", Json))!
                .Where(m => m.FromBot).Select(m => m.Text).ToList();
            Assert.DoesNotContain(texts, t => t.Contains(ChenPhone, StringComparison.Ordinal) || t.Contains(LinPhone, StringComparison.Ordinal));
            Assert.DoesNotContain(texts, t => Names.Any(n => t.Contains(n, StringComparison.Ordinal)));
        }
    }

    [Fact]
    public async Task Need_ThatIsAProblemForTheGrid_BecomesAWorkOrder_WithTheReasonSaid()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = await PrepareAsync(factory);
        var chat = new SimulatorChat(client);

        await chat.SayPrivatelyAsync(Wu, "求助：楼上漏水了，一直滴到我家厨房");
        await chat.BotSaysAsync(Wu, "不适合请邻居帮忙，我帮您转成报事工单");
        await chat.BotSaysAsync(Wu, "可以打电话联系您吗");
        await chat.SayPrivatelyAsync(Wu, "否");
        await chat.BotSaysAsync(Wu, "照片");
        await chat.SayPrivatelyAsync(Wu, "跳过");
        await chat.BotSaysAsync(Wu, "确认提交吗");
        await chat.SayPrivatelyAsync(Wu, "是");
        var submitted = await chat.BotSaysAsync(Wu, "您的工单 WO-");
        Assert.Contains("类别：物业维修", submitted.Text, StringComparison.Ordinal);
        Assert.Equal(0, await WithDbAsync(factory, db => db.HelpPosts.CountAsync()));
        Assert.Equal(1, await WithDbAsync(factory, db => db.WorkOrders.CountAsync()));
    }

    [Fact]
    public async Task Report_HidesAPostAtOnce_AndExpiry_ClosesAnOpenPostPastItsTime()
    {
        var clock = new FakeTimeProvider(At(1, 9));
        await using var factory = BotHostFactory.Embedded().WithServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        using var client = await PrepareAsync(factory);
        var chat = new SimulatorChat(client);

        // An offer needs no time or place; 举报 hides it at once and nobody can answer it any more.
        await chat.SayPrivatelyAsync(Zhou, "我可以帮忙修电脑，加微信另收费");
        await chat.BotSaysAsync(Zhou, "已发到小区的楼栋群：邻里互助 HZ1");
        await chat.BotSaysAsync(Group1, "【邻里互助 HZ1】有邻居可以帮忙", group: true);
        await chat.SayPrivatelyAsync(Wu, "举报 HZ1 借互助打广告收费");
        await chat.BotSaysAsync(Wu, "HZ1 已暂时隐藏");
        await chat.PressAsync(Lin, "我需要 HZ1");
        await chat.BotSaysAsync(Lin, "HZ1 已经结束或暂时隐藏");
        var report = await WithDbAsync(factory, db => db.HelpReports.SingleAsync());
        Assert.Equal("借互助打广告收费", report.Reason);
        Assert.Equal(HelpStatus.Hidden, await WithDbAsync(factory, db => db.HelpPosts.Select(p => p.Status).SingleAsync()));

        // A need for Saturday morning (2026-12-05), nobody answers: after that time the sweep closes it and tells the poster.
        await chat.SayPrivatelyAsync(Wu, "求助：周六上午谁能帮我搬一下柜子");
        await chat.BotSaysAsync(Wu, "在小区里的什么地方");
        await chat.SayPrivatelyAsync(Wu, "家里");
        await chat.BotSaysAsync(Wu, "邻里互助 HZ2");
        Assert.Equal((0, 0), await SweepAsync(factory));
        clock.SetUtcNow(At(5, 13));
        Assert.Equal((1, 0), await SweepAsync(factory));
        Assert.Equal((0, 0), await SweepAsync(factory));
        await chat.BotSaysAsync(Wu, "HZ2「");
        await chat.BotSaysAsync(Wu, "已到期关闭");
        Assert.Equal(HelpStatus.Expired, await WithDbAsync(factory, db => db.HelpPosts.Where(p => p.Number == "HZ2").Select(p => p.Status).SingleAsync()));
    }

    /// <summary>
    /// The compound imported, and the model trained before the chat's 45-second waits start (answers to prompts such as
    /// 小区门口 or 否 are read by it).
    /// </summary>
    private static async Task<HttpClient> PrepareAsync(BotHostFactory factory)
    {
        var client = factory.CreateClient();
        await ImportAsync(client);
        _ = factory.Services.GetRequiredService<Recognizer>().Model;
        return client;
    }

    private static async Task<(int, int)> SweepAsync(BotHostFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HelpService>().SweepAsync(default);
    }
}
