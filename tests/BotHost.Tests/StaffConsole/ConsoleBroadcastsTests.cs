using System.Net;
using System.Text.RegularExpressions;
using BuildingBot.BotHost.StaffConsole.Accounts;
using BuildingBot.BotHost.StaffConsole.Broadcasts;

namespace BuildingBot.BotHost.Tests.StaffConsole;

/// <summary>群发通知 in the console over HTTP: compose, preview, send, the delivery report, and who may do what.</summary>
public sealed partial class ConsoleBroadcastsTests
{
    private const string NewPassword = "xingfuli2026";

    [Fact]
    public async Task Compose_SendsNowToTheChosenBuildings_AndTheReportShowsEachGroupSent()
    {
        await using var factory = BotHostFactory.Embedded();
        using var admin = await SignedInAsync(factory, "王主任", StaffRoles.Admin);

        using var created = await PostAsync(admin, "/console/broadcasts/new", "/console/broadcasts/new", Form(
            ("Text", "本周六上午九点小区消毒，请关好门窗"), ("Targets", "Buildings"), ("Buildings", "XF01-3"), ("Buildings", "XF01-4"), ("When", "now")));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var detail = created.Headers.Location!.OriginalString;
        Assert.Matches("^/console/broadcasts/\\d+$", detail);
        var page = string.Empty;
        for (var i = 0; i < 50 && Regex.Count(page, "delivery-sent") < 2; i++)
        {
            await Task.Delay(200);
            page = await admin.PageAsync(detail);
        }

        Assert.Equal(2, Regex.Count(page, "<td class=\"delivery-sent\">已发送</td>"));
        Assert.Contains("已发送 2，待发送 0，失败 0", page, StringComparison.Ordinal);
        Assert.Contains("幸福家园3幢", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_SaysTheRepeatInWords_AndListsItsNextRuns_WhenWeekly()
    {
        await using var factory = BotHostFactory.Embedded();
        using var admin = await SignedInAsync(factory, "王主任", StaffRoles.Admin);

        using var preview = await PostAsync(admin, "/console/broadcasts/new", "/console/broadcasts/new?handler=Preview", Form(
            ("Text", "周五晚上广场舞暂停"), ("Targets", "Everyone"), ("When", "repeat"), ("Every", "week"), ("Weekday", "5"), ("Time", "18:00")));
        var page = await preview.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("重复规则：<strong>每周五 18:00</strong>", page, StringComparison.Ordinal);
        Assert.Equal(5, Regex.Count(page, "<li>\\d{4}年\\d+月\\d+日（周五）18:00</li>"));
        Assert.Matches("将发送到 <strong id=\"group-count\">\\d+</strong> 个楼栋群", page);
    }

    [Fact]
    public async Task Compose_ShowsTheProblemInChinese_AndSavesNothing_WhenTextIsOverTheByteLimit()
    {
        await using var factory = BotHostFactory.Embedded();
        using var admin = await SignedInAsync(factory, "王主任", StaffRoles.Admin);

        using var refused = await PostAsync(admin, "/console/broadcasts/new", "/console/broadcasts/new", Form(
            ("Text", new string('通', 683)), ("Targets", "Everyone"), ("When", "now")));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("超过企业微信的 2048 字节上限", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("还没有群发通知", await admin.PageAsync("/console/broadcasts"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Broadcasts_AreReadOnlyForReadOnly_AndHiddenFromGridLeaders()
    {
        await using var factory = BotHostFactory.Embedded();
        using var admin = await SignedInAsync(factory, "王主任", StaffRoles.Admin);
        using var created = await PostAsync(admin, "/console/broadcasts/new", "/console/broadcasts/new", Form(
            ("Text", "下周一停电"), ("Targets", "Compounds"), ("Compounds", "XF02"), ("When", "at"), ("At", DateTime.Now.AddDays(3).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture))));
        var detail = created.Headers.Location!.OriginalString;
        using var reader = await SignedInAsync(factory, "街道办", StaffRoles.ReadOnly);
        using var leader = await SignedInAsync(factory, "王建华", StaffRoles.GridLeader, "sim-gm01");

        var list = await reader.PageAsync("/console/broadcasts");
        var page = await reader.PageAsync(detail);
        using var compose = await reader.Http.GetAsync(new Uri("/console/broadcasts/new", UriKind.Relative));
        using var cancel = await PostAsync(reader, detail, detail + "?handler=Cancel", Form());
        using var leaderList = await leader.Http.GetAsync(new Uri("/console/broadcasts", UriKind.Relative));

        Assert.Contains("下周一停电", list, StringComparison.Ordinal);
        Assert.DoesNotContain("新建通知", list, StringComparison.Ordinal);
        Assert.DoesNotContain("取消通知", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, compose.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, cancel.StatusCode);
        Assert.Contains("待发送", await admin.PageAsync(detail), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, leaderList.StatusCode);
        Assert.DoesNotContain("/console/broadcasts", await leader.PageAsync("/console"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("week", 5, 1, "18:00", "0 18 * * 5", "每周五 18:00")]
    [InlineData("day", 0, 1, "07:30", "30 7 * * *", "每天 07:30")]
    [InlineData("workday", 0, 1, "08:00", "0 8 * * 1-5", "工作日（周一至周五）08:00")]
    [InlineData("month", 0, 15, "09:05", "5 9 15 * *", "每月15日 09:05")]
    public void CronWords_BuildsTheCronAndSaysItBack_WhenTheRuleIsComplete(string every, int weekday, int day, string time, string cron, string words)
    {
        Assert.Equal(cron, CronWords.Build(every, weekday, day, time));
        Assert.Equal(words, CronWords.Describe(cron));
    }

    [Fact]
    public void CronWords_GivesNothing_WhenTheTimeOrRuleIsMissing()
    {
        Assert.Null(CronWords.Build("week", 5, 1, "25:00"));
        Assert.Null(CronWords.Build("fortnight", 5, 1, "18:00"));
        Assert.Null(CronWords.Describe("every friday"));
        Assert.Equal("按 cron 表达式 0 9 1 1 *", CronWords.Describe("0 9 1 1 *"));
    }

    private static async Task<ConsoleClient> SignedInAsync(BotHostFactory factory, string name, string role, string? gridMember = null)
    {
        var oneTime = await ConsoleClient.AddStaffAsync(factory, name, role, gridMember);
        var client = ConsoleClient.For(factory, TestPeer.Remote);
        await client.SignInAndChangePasswordAsync(name, oneTime, NewPassword);
        return client;
    }

    private static List<KeyValuePair<string, string>> Form(params (string Key, string Value)[] fields) =>
        [.. fields.Select(f => KeyValuePair.Create(f.Key, f.Value))];

    /// <summary>Takes the anti-forgery token from <paramref name="pagePath"/> and posts the form to <paramref name="postPath"/>.</summary>
    private static async Task<HttpResponseMessage> PostAsync(ConsoleClient client, string pagePath, string postPath, List<KeyValuePair<string, string>> fields)
    {
        var page = await client.Http.GetStringAsync(new Uri(pagePath, UriKind.Relative));
        fields.Add(KeyValuePair.Create("__RequestVerificationToken", Token().Match(page).Groups[1].Value));
        using var content = new FormUrlEncodedContent(fields);
        return await client.Http.PostAsync(new Uri(postPath, UriKind.Relative), content);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
