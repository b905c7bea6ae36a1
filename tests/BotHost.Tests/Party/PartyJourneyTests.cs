using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BuildingBot.BotHost.Tests.WorkOrders;
using BuildingBot.Dialogs.Understanding;
using BuildingBot.Scheduling.Volunteering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using MiniExcelLibs;
using static BuildingBot.BotHost.Tests.StaffConsole.ConsoleWorld;

namespace BuildingBot.BotHost.Tests.Party;

/// <summary>在职党员报到 end to end: registration in chat, confirmation in the console (the member is told), a Red Sunday signed up for and checked in at in the chat, the month exported.</summary>
public sealed class PartyJourneyTests
{
    private const string Resident = "sim-r0066";

    private static DateTimeOffset At(int day, int hour, int minute = 0) => new(2026, 11, day, hour, minute, 0, TimeSpan.FromHours(8));

    private static async Task TickAsync(BotHostFactory factory, int activity)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ActivityRunner>().RunAsync(activity, default);
    }

    [Fact]
    public async Task MemberRegistersInChat_StaffConfirm_TheMemberIsToldAndTheMonthsExportHoldsTheRedSundayHours()
    {
        var clock = new FakeTimeProvider(At(27, 10));
        await using var factory = BotHostFactory.Embedded().WithServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        using var client = factory.CreateClient();
        var chat = new SimulatorChat(client);

        // The branch's name is read by the trained model: train it before the chat's 45-second waits start.
        _ = factory.Services.GetRequiredService<Recognizer>().Model;

        await chat.SayPrivatelyAsync(Resident, "党员报到");
        await chat.BotSaysAsync(Resident, "请告诉我您工作单位的党组织名称");
        await chat.SayPrivatelyAsync(Resident, "市人民医院第二党支部");
        await chat.BotSaysAsync(Resident, "您想在小区做哪方面的服务");
        await chat.SayPrivatelyAsync(Resident, "4");
        await chat.BotSaysAsync(Resident, "已收到您的在职党员报到：市人民医院第二党支部，服务岗位 红色星期天");

        var residentId = await ResidentIdAsync(factory, Resident);
        using var admin = await AdminAsync(factory);
        var registration = await WithDbAsync(factory, db => db.PartyMemberRegistrations.Where(r => r.ResidentId == residentId).Select(r => r.Id).SingleAsync());
        Assert.Contains("确认报到", await admin.PageAsync("/console/party"), StringComparison.Ordinal);
        using var confirmed = await admin.PostFormAsync("/console/party", "/console/party?handler=Confirm",
            new Dictionary<string, string> { ["registrationId"] = registration.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        await chat.BotSaysAsync(Resident, "社区已确认您的在职党员报到（市人民医院第二党支部，服务岗位 红色星期天）");

        // The Red Sunday on the 29th, signed up for and checked in at through the chat, credited when it ends.
        using var created = await client.PostAsJsonAsync("/admin/activities", new
        {
            title = "紅色星期天", place = "幸福家园广场", description = "清理楼道", cron = "0 9 * * 0", capacity = 10, targets = "Buildings", codes = "XF01-3",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var activity = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
        await TickAsync(factory, activity);
        await chat.SayPrivatelyAsync(Resident, "报名");
        await chat.BotSaysAsync(Resident, "报名成功");
        clock.SetUtcNow(At(29, 8, 45));
        await chat.SayPrivatelyAsync(Resident, "签到");
        await chat.BotSaysAsync(Resident, "签到成功");
        clock.SetUtcNow(At(29, 11, 5));
        await TickAsync(factory, activity);

        // Two days on, Friday's session has expired: another admin signs in to export the month.
        using var exporter = await SignedInAsync(factory, "李书记", BuildingBot.BotHost.StaffConsole.Accounts.StaffRoles.Admin);
        const string month = "2026-11";
        var bytes = await exporter.Http.GetByteArrayAsync(new Uri($"/console/party?handler=Xlsx&month={month}", UriKind.Relative));
        using var stream = new MemoryStream(bytes);
        var row = Assert.Single(stream.Query(useHeaderRow: true, sheetName: "服务记录", excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>());
        Assert.Equal(("幸福家园", "市人民医院第二党支部", "红色星期天", "已确认"), ((string)row["小区"]!, (string)row["工作单位党组织"]!, (string)row["服务岗位"]!, (string)row["状态"]!));
        Assert.Equal(2.0, Convert.ToDouble(row["服务时长（小时）"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.EndsWith("紅色星期天", (string)row["参加活动"]!, StringComparison.Ordinal);
        var page = await exporter.PageAsync($"/console/party?month={month}");
        Assert.Contains("已确认", page, StringComparison.Ordinal);
        var audit = await WithStaffDbAsync(factory, db => db.AuditEntries.Select(a => a.Action).ToListAsync());
        Assert.Contains("确认在职党员报到", audit);
        Assert.Contains("导出在职党员服务记录", audit);
    }
}
