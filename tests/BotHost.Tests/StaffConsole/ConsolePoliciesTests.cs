using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using BuildingBot.BotHost.StaffConsole.Accounts;
using BuildingBot.Community.Policies;
using BuildingBot.Community.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static BuildingBot.BotHost.Tests.StaffConsole.ConsoleWorld;

namespace BuildingBot.BotHost.Tests.StaffConsole;

/// <summary>政策库: search, a new version after seeing who would be told (the same numbers the notices then have), retire; read-only for other roles.</summary>
public sealed partial class ConsolePoliciesTests
{
    private const string Title = "杭州市区小客车错峰限行";

    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    [Fact]
    public async Task Library_FindsAPolicyByItsText_AndShowsWhichGroupsFollowEachTopic()
    {
        await using var factory = BotHostFactory.Embedded();
        using var member = await SignedInAsync(factory, "刘芳", StaffRoles.GridMember, "sim-gm04");

        var found = await member.PageAsync("/console/policies?q=" + Uri.EscapeDataString("错峰限行") + "&topic=Travel");
        var none = await member.PageAsync("/console/policies?q=" + Uri.EscapeDataString("错峰限行") + "&topic=Schooling");

        Assert.Contains(Title, found, StringComparison.Ordinal);
        Assert.DoesNotContain("北京市进京证办理", found, StringComparison.Ordinal);
        Assert.Contains("没有符合条件的政策", none, StringComparison.Ordinal);
        var groups = await WithDbAsync(factory, db => db.BuildingGroups.CountAsync());
        Assert.Matches($"<tr data-topic=\"Travel\"><td>出行</td><td class=\"count\">{groups}</td>", found);
        Assert.Matches("<tr data-topic=\"Schooling\"><td>入学</td><td class=\"count\">0</td>", found);
    }

    [Fact]
    public async Task Publish_AddsAVersion_AndTellsExactlyWhomThePreviewCounted()
    {
        await using var factory = BotHostFactory.Embedded();
        var id = await PolicyIdAsync(factory);
        await RegisterTripAsync(factory, "sim-r0066", "3301");
        using var admin = await AdminAsync(factory);
        var form = Form("杭州市区小客车错峰限行（修订）", Today, Today.AddDays(90));

        using var preview = await admin.PostFormAsync($"/console/policies/{id}", $"/console/policies/{id}?handler=Preview", new(form));
        var previewPage = await preview.Content.ReadAsStringAsync();
        var versionsAfterPreview = await WithDbAsync(factory, db => db.PolicyVersions.CountAsync(v => v.PolicyId == id));
        using var published = await admin.PostFormAsync($"/console/policies/{id}", $"/console/policies/{id}?handler=Publish", new(form));
        var told = JsonDocument.Parse(await admin.Http.GetStringAsync(new Uri($"/admin/policies/{id}/versions/2/notifications?pageSize=200", UriKind.Relative))).RootElement;
        var kinds = told.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("kind").GetString()).ToList();

        Assert.Equal(1, versionsAfterPreview);
        var groups = int.Parse(AudienceGroups().Match(previewPage).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var residents = int.Parse(AudienceResidents().Match(previewPage).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((await WithDbAsync(factory, db => db.BuildingGroups.CountAsync()), 1), (groups, residents));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal((groups, residents), (kinds.Count(k => k == "group"), kinds.Count(k => k == "resident")));
        var latest = await WithDbAsync(factory, db => db.PolicyVersions.Where(v => v.PolicyId == id).OrderByDescending(v => v.Number).FirstAsync());
        Assert.Equal((2, "杭州市区小客车错峰限行（修订）", Today.AddDays(90)), (latest.Number, latest.Title, latest.EffectiveTo));
        var entry = await WithStaffDbAsync(factory, db => db.AuditEntries.SingleAsync(a => a.Action == "发布政策新版本"));
        Assert.StartsWith("第1版《杭州市区小客车错峰限行》", entry.Before, StringComparison.Ordinal);
        Assert.EndsWith($"通知 {groups + residents} 条", entry.After, StringComparison.Ordinal);
        Assert.Contains("第2版《杭州市区小客车错峰限行（修订）》", await admin.PageAsync($"/console/policies/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_ShowsTheProblemInChinese_AndPublishWritesNothing_WhenTheWindowEndsBeforeItStarts()
    {
        await using var factory = BotHostFactory.Embedded();
        var id = await PolicyIdAsync(factory);
        using var admin = await AdminAsync(factory);
        var form = Form("倒过来的有效期", Today, Today.AddDays(-1));

        using var preview = await admin.PostFormAsync($"/console/policies/{id}", $"/console/policies/{id}?handler=Preview", new(form));
        using var publish = await admin.PostFormAsync($"/console/policies/{id}", $"/console/policies/{id}?handler=Publish", new(form));

        Assert.Contains("失效日期早于生效日期", await preview.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("失效日期早于生效日期", await publish.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await WithDbAsync(factory, db => db.PolicyVersions.CountAsync(v => v.PolicyId == id)));
    }

    [Fact]
    public async Task Retire_StopsThePolicy_AndIsAudited()
    {
        await using var factory = BotHostFactory.Embedded();
        var id = await PolicyIdAsync(factory);
        using var admin = await AdminAsync(factory);

        using var retired = await admin.PostFormAsync($"/console/policies/{id}", $"/console/policies/{id}?handler=Retire", new());
        var page = await admin.PageAsync($"/console/policies/{id}");

        Assert.Equal(HttpStatusCode.Redirect, retired.StatusCode);
        Assert.True(await WithDbAsync(factory, db => db.Policies.Where(p => p.Id == id).Select(p => p.Retired).SingleAsync()));
        Assert.Contains("已停用", page, StringComparison.Ordinal);
        Assert.DoesNotContain("policy-form", page, StringComparison.Ordinal);
        Assert.DoesNotContain(Title, await admin.PageAsync("/console/policies"), StringComparison.Ordinal);
        var entry = await WithStaffDbAsync(factory, db => db.AuditEntries.SingleAsync(a => a.Action == "停用政策"));
        Assert.Equal(($"政策 #{id}《{Title}》", "在用", "已停用"), (entry.Target, entry.Before, entry.After));
    }

    [Theory]
    [InlineData(StaffRoles.GridLeader, "sim-gm01")]
    [InlineData(StaffRoles.GridMember, "sim-gm04")]
    [InlineData(StaffRoles.ReadOnly, null)]
    public async Task OtherRoles_ReadThePolicy_WithoutTheForms_AndCannotPost(string role, string? gridMember)
    {
        await using var factory = BotHostFactory.Embedded();
        var id = await PolicyIdAsync(factory);
        using var client = await SignedInAsync(factory, "某人", role, gridMember);

        var page = await client.PageAsync($"/console/policies/{id}");
        using var retire = await client.PostFormAsync($"/console/policies/{id}", $"/console/policies/{id}?handler=Retire", new());
        using var publish = await client.PostFormAsync($"/console/policies/{id}", $"/console/policies/{id}?handler=Publish",
            new(Form("越权修改", Today, null)));

        Assert.Contains("历史版本", page, StringComparison.Ordinal);
        Assert.DoesNotContain("policy-form", page, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (retire.StatusCode, publish.StatusCode));
        Assert.Equal((false, 1), await WithDbAsync(factory, async db =>
            (await db.Policies.Where(p => p.Id == id).Select(p => p.Retired).SingleAsync(), await db.PolicyVersions.CountAsync(v => v.PolicyId == id))));
    }

    private static Dictionary<string, string> Form(string title, DateOnly from, DateOnly? to) => new()
    {
        ["Topic"] = "Travel", ["Title"] = title, ["Body"] = "工作日7:00-9:30、16:30-18:30限行。", ["EffectiveFrom"] = $"{from:yyyy-MM-dd}",
        ["EffectiveTo"] = to is { } end ? $"{end:yyyy-MM-dd}" : string.Empty, ["SourceIssuer"] = "杭州市公安局交通警察支队", ["SourceUrl"] = string.Empty,
    };

    private static Task<int> PolicyIdAsync(BotHostFactory factory) =>
        WithDbAsync(factory, db => db.PolicyVersions.Where(v => v.Title == Title).Select(v => v.PolicyId).SingleAsync());

    private static async Task RegisterTripAsync(BotHostFactory factory, string channelUserId, string region)
    {
        var resident = await ResidentIdAsync(factory, channelUserId);
        await using var scope = factory.Services.CreateAsyncScope();
        var regions = scope.ServiceProvider.GetRequiredService<RegionDirectory>();
        await scope.ServiceProvider.GetRequiredService<TripRegister>().RegisterTripAsync(resident, regions.Find(region)!, Today.AddDays(5), Today.AddDays(9), default);
    }

    [GeneratedRegex("<strong class=\"groups\">(\\d+)</strong>")]
    private static partial Regex AudienceGroups();

    [GeneratedRegex("<strong class=\"residents\">(\\d+)</strong>")]
    private static partial Regex AudienceResidents();
}
