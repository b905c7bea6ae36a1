using BuildingBot.BotHost.StaffConsole.Accounts;
using BuildingBot.BotHost.Tests.WorkOrders;
using BuildingBot.Community.Channels;
using BuildingBot.Community.Governance;
using BuildingBot.Community.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using MiniExcelLibs;
using static BuildingBot.BotHost.Tests.Governance.GovernanceRoster;
using static BuildingBot.BotHost.Tests.StaffConsole.ConsoleWorld;

namespace BuildingBot.BotHost.Tests.Governance;

public class MatterJourneyTests
{
    private static DateTimeOffset At(int day, int hour) => new(2026, 12, day, hour, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task Matter_GoesFromSuggestionThroughEveryStageAndAHouseholdVote_ToPublishedAndFiled()
    {
        var clock = new FakeTimeProvider(At(1, 9));
        await using var factory = BotHostFactory.Embedded().WithServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        using var client = factory.CreateClient();
        await ImportAsync(client);
        var chat = new SimulatorChat(client);
        using var admin = await AdminAsync(factory);

        // 建议, in the group.
        await chat.SayInGroupAsync(Group1, Chen, "@幸福里助手 我有个建议：东门加装电动自行车充电桩");
        await chat.BotSaysAsync(Group1, "已登记为议题 XF09-YT001", group: true);
        const string number = "XF09-YT001";

        // 提议 → 商议 (amended) → 审议, then the vote.
        var day = "2026-12-01";
        await ActAsync(admin, number, "Stage", new() { ["stage"] = "Propose", ["date"] = day, ["minutes"] = "支部会议同意提交", ["outcome"] = "Passed" });
        await ActAsync(admin, number, "Stage", new() { ["stage"] = "Discuss", ["date"] = day, ["minutes"] = "联席会议", ["attachments"] = "联席会议纪要.pdf",
            ["outcome"] = "Amended", ["note"] = "东门和北门各加装一处电动自行车充电桩，费用从公共收益支出" });
        await ActAsync(admin, number, "Stage", new() { ["stage"] = "Review", ["date"] = day, ["minutes"] = "党员大会审议通过", ["outcome"] = "Passed" });
        await ActAsync(admin, number, "OpenVote", new() { ["deadline"] = "2026-12-04T20:00" });
        foreach (var group in new[] { Group1, Group2 })
        {
            var posted = await chat.BotSaysAsync(group, "【业主表决】议题 XF09-YT001", group: true);
            Assert.Contains("东门和北门各加装一处", posted.Text, StringComparison.Ordinal);
        }

        // The household of 1-101 votes twice through two residents: the later stands. 1-102 changes its mind too.
        await chat.SayInGroupAsync(Group1, Chen, "同意");
        await chat.BotSaysAsync(Chen, "已记录您家对议题 XF09-YT001「东门加装电动自行车充电桩」的投票：同意");
        await chat.SayPrivatelyAsync(Lin, "我投反对");
        await chat.BotSaysAsync(Lin, "已改投您家对议题 XF09-YT001");
        await chat.SayPrivatelyAsync(Zhou, "同意");
        await chat.BotSaysAsync(Zhou, "投票：同意");
        await chat.SayInGroupAsync(Group1, Zhou, "我家反对");
        await chat.BotSaysAsync(Zhou, "已改投");
        await chat.SayInGroupAsync(Group2, Zheng, "同意");
        await chat.BotSaysAsync(Zheng, "投票：同意");
        await WithDbAsync(factory, db =>
        {
            db.Residents.Add(new Resident { DisplayName = "新邻居", Channel = ChatChannel.Simulator, ChannelUserId = "sim-x9-guest", CreatedAt = clock.GetUtcNow() });
            return db.SaveChangesAsync();
        });
        await chat.SayInGroupAsync(Group2, "sim-x9-guest", "同意");
        await chat.BotSaysAsync(Group2, "请先私聊我绑定房号", group: true);

        // Three households of six (320 of 600 m²): no quorum yet.
        var detail = await admin.Http.GetStringAsync(new Uri($"/console/matters/{number}", UriKind.Relative));
        Assert.Contains("参与表决 3 户、320㎡", detail, StringComparison.Ordinal);
        Assert.Contains("参与表决的业主未达到专有部分面积和人数的三分之二", detail, StringComparison.Ordinal);
        Assert.Equal(3, await WithDbAsync(factory, db => db.MatterBallots.CountAsync()));

        // Reminders: once a day, to the households that have not voted.
        Assert.Equal(1, await RemindAsync(factory));
        Assert.Equal(0, await RemindAsync(factory));
        await chat.BotSaysAsync(Wu, "提醒：议题 XF09-YT001");
        await chat.BotSaysAsync(Feng, "提醒：议题 XF09-YT001");

        await chat.SayPrivatelyAsync(Wu, "同意");
        await chat.BotSaysAsync(Wu, "投票：同意");
        await chat.PressAsync(Feng, "同意 XF09-YT001");
        await chat.BotSaysAsync(Feng, "投票：同意");
        detail = await admin.Http.GetStringAsync(new Uri($"/console/matters/{number}", UriKind.Relative));
        Assert.Contains("达到法定比例，表决通过", detail, StringComparison.Ordinal);

        // At the deadline: closed, resolved, published to both groups with counts and no names.
        clock.SetUtcNow(At(4, 20).AddMinutes(1));
        // The first session has expired by now (2 hours idle): another 社区管理员 signs in.
        using var clerk = await SignedInAsync(factory, "李干事", StaffRoles.Admin);
        await ActAsync(clerk, number, "CloseVote");
        await ActAsync(clerk, number, "Publish");
        foreach (var group in new[] { Group1, Group2 })
        {
            var resolution = await chat.BotSaysAsync(group, "【决议公开】议题 XF09-YT001", group: true);
            Assert.Contains("参与表决 5 户、500㎡；同意 3 户、300㎡，反对 2 户、200㎡，弃权 0 户、0㎡", resolution.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(Names, n => resolution.Text.Contains(n, StringComparison.Ordinal));
        }

        // 待备案, the implementation result, the public page, then filed and exported.
        Assert.Contains("共建苑（XF09）：1 个议题待备案", await clerk.Http.GetStringAsync(new Uri("/console/matters", UriKind.Relative)), StringComparison.Ordinal);
        await ActAsync(clerk, number, "Implementation", new() { ["result"] = "两处充电桩已于12月20日建成投用" });
        await chat.BotSaysAsync(Group2, "【实施结果公开】议题 XF09-YT001", group: true);
        using var anonymous = factory.CreateClient();
        var page = await anonymous.GetStringAsync(new Uri("/decisions/XF09", UriKind.Relative));
        Assert.Contains("同意 3 户、300㎡", page, StringComparison.Ordinal);
        Assert.Contains("两处充电桩已于12月20日建成投用", page, StringComparison.Ordinal);
        Assert.DoesNotContain(Names, n => page.Contains(n, StringComparison.Ordinal));

        await ActAsync(clerk, number, "File");
        var bytes = await clerk.Http.GetByteArrayAsync(new Uri($"/console/matters/{number}/filing?handler=Xlsx", UriKind.Relative));
        using var stream = new MemoryStream(bytes);
        var stages = stream.Query(useHeaderRow: true, sheetName: "五议").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["党员群众建议", "小区党组织提议", "联席会议商议", "党员大会审议", "业主（代表）大会决议"], stages.Select(r => (string)r["阶段"]!));
        Assert.Equal("修改后通过", stages[2]["结果"]);
        var counts = stream.Query(useHeaderRow: true, sheetName: "计票").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(300m, Convert.ToDecimal(counts.Single(r => (string)r["项目"]! == "同意")["面积（㎡）"], System.Globalization.CultureInfo.InvariantCulture));
        var facts = stream.Query(useHeaderRow: true, sheetName: "议题").Cast<IDictionary<string, object?>>().ToDictionary(r => (string)r["项目"]!, r => (string?)r["内容"]);
        Assert.StartsWith("通过", facts["表决结果"], StringComparison.Ordinal);
        Assert.DoesNotContain("待备案", facts["备案"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Matter_RejectedAtAStage_StopsAndTellsTheProposerWhyPrivately()
    {
        var clock = new FakeTimeProvider(At(1, 9));
        await using var factory = BotHostFactory.Embedded().WithServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        using var client = factory.CreateClient();
        await ImportAsync(client);
        var chat = new SimulatorChat(client);
        using var admin = await AdminAsync(factory);

        await chat.SayPrivatelyAsync(Feng, "建议：把南门的围墙拆掉改成商铺");
        await chat.BotSaysAsync(Feng, "已登记为议题 XF09-YT001");
        await ActAsync(admin, "XF09-YT001", "Stage", new() { ["stage"] = "Propose", ["date"] = "2026-12-01", ["outcome"] = "Rejected", ["note"] = "围墙属于消防隔离，不能拆除" });

        await chat.BotSaysAsync(Feng, "在小区党组织提议阶段未通过，原因：围墙属于消防隔离，不能拆除");
        Assert.Equal(MatterStatus.Rejected, await WithDbAsync(factory, db => db.Matters.Select(m => m.Status).SingleAsync()));
        using var refused = await admin.PostFormAsync("/console/matters/XF09-YT001", "/console/matters/XF09-YT001?handler=Stage",
            new() { ["stage"] = "Discuss", ["date"] = "2026-12-01", ["outcome"] = "Passed" });
        Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, refused.StatusCode);
    }

    private static async Task<int> RemindAsync(BotHostFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MatterService>().RemindAsync(default);
    }
}
