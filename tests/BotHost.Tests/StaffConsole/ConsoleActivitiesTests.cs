using System.Net;
using System.Text.RegularExpressions;
using BuildingBot.BotHost.StaffConsole.Accounts;
using BuildingBot.Community.People;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Volunteering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.BotHost.Tests.StaffConsole;

/// <summary>志愿活动 in the console over HTTP: create Red Sunday, its dates, sign-ups with the waiting list, the QR code, the leaderboards by scope.</summary>
public sealed partial class ConsoleActivitiesTests
{
    private const string NewPassword = "xingfuli2026";

    [Fact]
    public async Task Create_SchedulesEverySunday_AndADateShowsSignUpsInOrderWithTheWaitingList()
    {
        await using var factory = BotHostFactory.Embedded();
        using var admin = await SignedInAsync(factory, "王主任", StaffRoles.Admin);

        using var created = await PostAsync(admin, "/console/activities/edit", "/console/activities/edit", Form(
            ("Title", "紅色星期天（测试）"), ("Place", "幸福家园广场"), ("Every", "week"), ("Weekday", "0"), ("Time", "09:00"), ("DurationHours", "2"),
            ("Targets", "Compounds"), ("Codes", "XF01"), ("Capacity", "2"), ("PointsPerHour", "10"), ("AnnounceDaysBefore", "3")));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var detail = await admin.PageAsync(created.Headers.Location!.OriginalString);
        Assert.Contains("每周日 09:00", detail, StringComparison.Ordinal);
        var occurrenceId = int.Parse(OccurrenceLink().Match(detail).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var residents = await WithDbAsync(factory, db => db.Residents.Where(r => r.HouseholdId != null).OrderBy(r => r.Id).Take(3).ToListAsync());
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            foreach (var resident in residents)
            {
                Assert.True((await scope.ServiceProvider.GetRequiredService<VolunteerRegistration>().SignUpAsync(occurrenceId, resident.Id, default)).Succeeded);
            }
        }

        var page = await admin.PageAsync($"/console/activities/occurrences/{occurrenceId}");
        using var qr = await admin.Http.GetAsync(new Uri($"/console/activities/occurrences/{occurrenceId}?handler=Qr", UriKind.Relative));

        Assert.Contains("已报名 2 / 2，候补 1", page, StringComparison.Ordinal);
        Assert.Equal(residents.Select(r => r.DisplayName), VolunteerNames().Matches(page).Select(m => m.Groups[1].Value));
        Assert.Contains("<td>候补</td>", page, StringComparison.Ordinal);
        Assert.Equal("image/png", qr.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, (await qr.Content.ReadAsByteArrayAsync())[..4]);
    }

    [Fact]
    public async Task Leaderboard_ShowsOnlyTheirGridsVolunteers_ToAGridLeader_AndNoPhones()
    {
        await using var factory = BotHostFactory.Embedded();
        var (mine, other) = await CreditInTwoGridsAsync(factory);
        using var leader = await SignedInAsync(factory, "王建华", StaffRoles.GridLeader, "sim-gm01");
        using var admin = await SignedInAsync(factory, "王主任", StaffRoles.Admin);

        var leaderPage = await leader.PageAsync("/console/activities");
        var adminPage = await admin.PageAsync("/console/activities");

        Assert.Contains(mine.DisplayName, leaderPage, StringComparison.Ordinal);
        Assert.DoesNotContain(other.DisplayName, leaderPage, StringComparison.Ordinal);
        Assert.Contains(mine.DisplayName, adminPage, StringComparison.Ordinal);
        Assert.Contains(other.DisplayName, adminPage, StringComparison.Ordinal);
        Assert.DoesNotMatch("1[3-9]\\d{9}|1[3-9]\\d\\*{4}\\d{4}", adminPage);
        Assert.DoesNotContain("新建活动", leaderPage, StringComparison.Ordinal);
        using var edit = await leader.Http.GetAsync(new Uri("/console/activities/edit", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
    }

    /// <summary>20 points for a resident of the leader's grid (G01) and 30 for one of another grid, at one date of an activity.</summary>
    private static async Task<(Resident Mine, Resident Other)> CreditInTwoGridsAsync(BotHostFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        var grid = await db.GridMembers.Where(m => m.ChannelUserId == "sim-gm01").Select(m => m.GridId).SingleAsync();
        var mine = await db.Residents.Where(r => r.Household!.Unit!.Building!.GridId == grid).OrderBy(r => r.Id).FirstAsync();
        var other = await db.Residents.Where(r => r.Household!.Unit!.Building!.GridId != grid && r.Household.Unit.Building.GridId != null).OrderBy(r => r.Id).FirstAsync();
        var (activity, problems) = await scope.ServiceProvider.GetRequiredService<ActivityService>().CreateAsync(new ActivityRequest
        {
            Title = "紅色星期天", Place = "广场", Cron = "0 9 * * 0", Capacity = 10, Targets = ActivityTargetKind.Compounds, Codes = "XF01,XF02",
        }, default);
        Assert.True(activity is not null, string.Join("; ", problems));
        var occurrence = await scope.ServiceProvider.GetRequiredService<VolunteerRegistration>().OccurrenceAsync(activity!.Id, DateTimeOffset.UtcNow.AddDays(-7), default);
        db.VolunteerCredits.AddRange(
            new VolunteerCredit { OccurrenceId = occurrence.Id, ResidentId = mine.Id, Hours = 2, Points = 20, CreditedAt = DateTimeOffset.UtcNow },
            new VolunteerCredit { OccurrenceId = occurrence.Id, ResidentId = other.Id, Hours = 3, Points = 30, CreditedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
        return (mine, other);
    }

    private static async Task<ConsoleClient> SignedInAsync(BotHostFactory factory, string name, string role, string? gridMember = null)
    {
        var oneTime = await ConsoleClient.AddStaffAsync(factory, name, role, gridMember);
        var client = ConsoleClient.For(factory, TestPeer.Remote);
        await client.SignInAndChangePasswordAsync(name, oneTime, NewPassword);
        return client;
    }

    private static async Task<T> WithDbAsync<T>(BotHostFactory factory, Func<CommunityDbContext, Task<T>> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<CommunityDbContext>());
    }

    private static List<KeyValuePair<string, string>> Form(params (string Key, string Value)[] fields) =>
        [.. fields.Select(f => KeyValuePair.Create(f.Key, f.Value))];

    private static async Task<HttpResponseMessage> PostAsync(ConsoleClient client, string pagePath, string postPath, List<KeyValuePair<string, string>> fields)
    {
        var page = await client.Http.GetStringAsync(new Uri(pagePath, UriKind.Relative));
        fields.Add(KeyValuePair.Create("__RequestVerificationToken", Token().Match(page).Groups[1].Value));
        using var content = new FormUrlEncodedContent(fields);
        return await client.Http.PostAsync(new Uri(postPath, UriKind.Relative), content);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("href=\"/console/activities/occurrences/(\\d+)\"")]
    private static partial Regex OccurrenceLink();

    [GeneratedRegex("<tr><td>\\d+</td><td>([^<]+)</td>")]
    private static partial Regex VolunteerNames();
}
