using BuildingBot.Community.DemoData;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Volunteering;
using BuildingBot.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace BuildingBot.Community.Tests.Volunteering;

public class VolunteerRegistrationTests
{
    /// <summary>Friday 2026-11-27 10:00 in Shanghai; the activity is on Sunday 09:00.</summary>
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Sunday = new(2026, 11, 29, 1, 0, 0, TimeSpan.Zero);

    private static async Task<(CommunityDatabase Database, FakeTimeProvider Clock, int Occurrence, List<int> Residents)> ArrangeAsync(
        StorageProvider provider, int capacity)
    {
        var clock = new FakeTimeProvider(Now);
        var database = await CommunityDatabase.CreateAsync(provider, s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        await using var scope = database.Scope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<DemoDataSeeder>().SeedIfEmptyAsync();
        var (activity, problems) = await services.GetRequiredService<ActivityService>().CreateAsync(new ActivityRequest
        {
            Title = "紅色星期天", Place = "幸福家园广场", Cron = "0 9 * * 0", Capacity = capacity, Targets = ActivityTargetKind.Compounds, Codes = "XF01",
        }, default);
        Assert.Empty(problems);
        var occurrence = await services.GetRequiredService<VolunteerRegistration>().OccurrenceAsync(activity!.Id, Sunday, default);
        var residents = await services.GetRequiredService<CommunityDbContext>().Residents.Where(r => r.ChannelUserId != null)
            .OrderBy(r => r.Id).Select(r => r.Id).Take(30).ToListAsync();
        return (database, clock, occurrence.Id, residents);
    }

    private static async Task<SignUpOutcome> Do(CommunityDatabase database, Func<VolunteerRegistration, Task<SignUpOutcome>> action)
    {
        await using var scope = database.Scope();
        return await action(scope.ServiceProvider.GetRequiredService<VolunteerRegistration>());
    }

    [Fact]
    public async Task SignUp_ConfirmsUpToCapacity_ThenWaits_AndACancellationMovesTheFirstInLineUp()
    {
        var (database, _, occurrence, residents) = await ArrangeAsync(StorageProvider.Sqlite, capacity: 2);
        await using var _ = database;

        var outcomes = new List<SignUpOutcome>();
        foreach (var resident in residents.Take(4))
        {
            outcomes.Add(await Do(database, r => r.SignUpAsync(occurrence, resident, default)));
        }

        var twice = await Do(database, r => r.SignUpAsync(occurrence, residents[0], default));
        var cancelled = await Do(database, r => r.CancelAsync(occurrence, residents[1], default));

        Assert.Equal([(SignUpStatus.Confirmed, 1), (SignUpStatus.Confirmed, 2), (SignUpStatus.Waiting, 1), (SignUpStatus.Waiting, 2)],
            outcomes.Select(o => (o.Status!.Value, o.Position)));
        Assert.Equal("您已经报过名了，不用重复报名。", twice.Error);
        Assert.Equal(residents[2], cancelled.PromotedResidentId);
    }

    [Fact]
    public async Task ConcurrentSignUps_OnPostgres_ConfirmExactlyTheCapacity_AndTheRestWaitInOrder()
    {
        var (database, _, occurrence, residents) = await ArrangeAsync(StorageProvider.PostgreSql, capacity: 5);
        await using var _ = database;

        var outcomes = await Task.WhenAll(residents.Take(20).Select(resident => Task.Run(() => Do(database, r => r.SignUpAsync(occurrence, resident, default)))));

        Assert.All(outcomes, o => Assert.True(o.Succeeded, o.Error));
        await using var scope = database.Scope();
        var rows = await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().VolunteerSignUps
            .Where(s => s.OccurrenceId == occurrence).OrderBy(s => s.Sequence).ToListAsync();
        Assert.Equal(20, rows.Count);
        Assert.Equal(Enumerable.Range(1, 20), rows.Select(s => s.Sequence));
        Assert.All(rows.Take(5), s => Assert.Equal(SignUpStatus.Confirmed, s.Status));
        Assert.All(rows.Skip(5), s => Assert.Equal(SignUpStatus.Waiting, s.Status));
    }

    [Fact]
    public async Task CheckIn_WorksOnlyInTheWindow_AndOnlyForConfirmedVolunteers()
    {
        var (database, clock, occurrence, residents) = await ArrangeAsync(StorageProvider.Sqlite, capacity: 1);
        await using var _ = database;
        await Do(database, r => r.SignUpAsync(occurrence, residents[0], default));
        await Do(database, r => r.SignUpAsync(occurrence, residents[1], default));

        var early = await Do(database, r => r.CheckInAsync(occurrence, residents[0], null, default));
        clock.SetUtcNow(Sunday.AddMinutes(-20));
        var waiting = await Do(database, r => r.CheckInAsync(occurrence, residents[1], null, default));
        var wrongCode = await Do(database, r => r.CheckInAsync(occurrence, residents[0], "XXXXXX", default));
        var ok = await Do(database, r => r.CheckInAsync(occurrence, residents[0], null, default));
        var again = await Do(database, r => r.CheckInAsync(occurrence, residents[0], null, default));
        clock.SetUtcNow(Sunday.AddHours(3));
        var late = await Do(database, r => r.CheckInAsync(occurrence, residents[0], null, default));

        Assert.Contains("不在签到时间内", early.Error, StringComparison.Ordinal);
        Assert.Contains("没有这次活动的确认名额", waiting.Error, StringComparison.Ordinal);
        Assert.Contains("签到码不对", wrongCode.Error, StringComparison.Ordinal);
        Assert.True(ok.Succeeded);
        Assert.Equal("您已经签到过了。", again.Error);
        Assert.Contains("不在签到时间内", late.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_RefusesACapacityBelowTheConfirmedVolunteers()
    {
        var (database, _, occurrence, residents) = await ArrangeAsync(StorageProvider.Sqlite, capacity: 3);
        await using var _ = database;
        foreach (var resident in residents.Take(3))
        {
            await Do(database, r => r.SignUpAsync(occurrence, resident, default));
        }

        await using var scope = database.Scope();
        var activityId = await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().ActivityOccurrences
            .Where(o => o.Id == occurrence).Select(o => o.ActivityId).SingleAsync();
        var (_, problems) = await scope.ServiceProvider.GetRequiredService<ActivityService>().UpdateAsync(activityId, new ActivityRequest
        {
            Title = "紅色星期天", Place = "幸福家园广场", Cron = "0 9 * * 0", Capacity = 2, Targets = ActivityTargetKind.Compounds, Codes = "XF01",
        }, default);

        Assert.Contains("capacity 2 is below the 3 volunteers already confirmed for an upcoming date.", problems);
    }

    [Theory]
    [InlineData("every sunday", 5, "XF01", "not a valid five-field cron")]
    [InlineData("0 9 * * 0", 0, "XF01", "capacity must be at least 1")]
    [InlineData("0 9 * * 0", 5, "XF99", "unknown compounds: XF99")]
    public async Task Create_RefusesBadInput_AndSavesNothing(string cron, int capacity, string codes, string problem)
    {
        await using var database = await CommunityDatabase.CreateAsync(StorageProvider.Sqlite);
        await using var scope = database.Scope();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedIfEmptyAsync();

        var (activity, problems) = await scope.ServiceProvider.GetRequiredService<ActivityService>().CreateAsync(new ActivityRequest
        {
            Title = "紅色星期天", Place = "广场", Cron = cron, Capacity = capacity, Targets = ActivityTargetKind.Compounds, Codes = codes,
        }, default);

        Assert.Null(activity);
        Assert.Contains(problems, p => p.Contains(problem, StringComparison.Ordinal));
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().VolunteerActivities.CountAsync());
    }
}
