using System.Net;
using BuildingBot.BotHost.Tests.WorkOrders;
using BuildingBot.Community.Configuration;
using BuildingBot.Community.Volunteering;
using BuildingBot.Dialogs.Understanding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using static BuildingBot.BotHost.Tests.StaffConsole.ConsoleWorld;

namespace BuildingBot.BotHost.Tests.Party;

/// <summary>在职党员报到 end to end: registration in chat, confirmation in the console (the member is told), a Red Sunday attended, the month exported.</summary>
public sealed class PartyJourneyTests
{
    private const string Resident = "sim-r0066";

    [Fact]
    public async Task MemberRegistersInChat_StaffConfirm_TheMemberIsToldAndTheMonthsExportHoldsTheRedSundayHours()
    {
        await using var factory = BotHostFactory.Embedded();
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

        var now = DateTimeOffset.UtcNow;
        var residentId = await ResidentIdAsync(factory, Resident);
        await WithDbAsync(factory, async db =>
        {
            var activity = new VolunteerActivity { Title = "紅色星期天", Place = "幸福家园", Cron = "0 9 * * 0", Capacity = 10, CreatedAt = now, UpdatedAt = now };
            var occurrence = new ActivityOccurrence { Activity = activity, StartsAt = now, CheckInCode = "PARTYTEST" };
            occurrence.SignUps.Add(new VolunteerSignUp { ResidentId = residentId, Status = SignUpStatus.Confirmed, Sequence = 1, SignedUpAt = now, CheckedInAt = now });
            db.ActivityOccurrences.Add(occurrence);
            return await db.SaveChangesAsync();
        });

        using var admin = await AdminAsync(factory);
        var registration = await WithDbAsync(factory, db => db.PartyMemberRegistrations.Where(r => r.ResidentId == residentId).Select(r => r.Id).SingleAsync());
        Assert.Contains("确认报到", await admin.PageAsync("/console/party"), StringComparison.Ordinal);
        using var confirmed = await admin.PostFormAsync("/console/party", "/console/party?handler=Confirm",
            new Dictionary<string, string> { ["registrationId"] = registration.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        await chat.BotSaysAsync(Resident, "社区已确认您的在职党员报到（市人民医院第二党支部，服务岗位 红色星期天）");

        var month = CommunityTimeZone.Default.Local(now).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var bytes = await admin.Http.GetByteArrayAsync(new Uri($"/console/party?handler=Xlsx&month={month}", UriKind.Relative));
        using var stream = new MemoryStream(bytes);
        var row = Assert.Single(stream.Query(useHeaderRow: true, sheetName: "服务记录", excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>());
        Assert.Equal(("幸福家园", "市人民医院第二党支部", "红色星期天", "已确认"), ((string)row["小区"]!, (string)row["工作单位党组织"]!, (string)row["服务岗位"]!, (string)row["状态"]!));
        Assert.Equal(2.0, Convert.ToDouble(row["服务时长（小时）"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.EndsWith("紅色星期天", (string)row["参加活动"]!, StringComparison.Ordinal);
        var page = await admin.PageAsync($"/console/party?month={month}");
        Assert.Contains("已确认", page, StringComparison.Ordinal);
        var audit = await WithStaffDbAsync(factory, db => db.AuditEntries.Select(a => a.Action).ToListAsync());
        Assert.Contains("确认在职党员报到", audit);
        Assert.Contains("导出在职党员服务记录", audit);
    }
}
