using BuildingBot.Community.DemoData;
using BuildingBot.Community.Party;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Volunteering;
using BuildingBot.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace BuildingBot.Community.Tests.Party;

public class PartyRegistrationsTests
{
    /// <summary>Friday 2026-11-27 10:00 in Shanghai; Red Sunday is on the 29th at 09:00 (two hours).</summary>
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Sunday = new(2026, 11, 29, 1, 0, 0, TimeSpan.Zero);

    private static async Task<(CommunityDatabase Database, FakeTimeProvider Clock, int Resident)> ArrangeAsync()
    {
        var clock = new FakeTimeProvider(Now);
        var database = await CommunityDatabase.CreateAsync(StorageProvider.Sqlite, s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        await using var scope = database.Scope();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedIfEmptyAsync();
        var resident = await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().Residents.Where(r => r.ChannelUserId == "sim-r0066")
            .Select(r => r.Id).SingleAsync();
        return (database, clock, resident);
    }

    private static async Task<T> WithAsync<T>(CommunityDatabase database, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = database.Scope();
        return await action(scope.ServiceProvider);
    }

    [Fact]
    public async Task Confirm_MarksTheRegistrationAndTheResident_AndABranchChangeAsksForConfirmationAgain()
    {
        var (database, _, resident) = await ArrangeAsync();
        await using var _ = database;

        var registered = await WithAsync(database, s => s.GetRequiredService<PartyRegistrations>().RegisterAsync(resident, "市人民医院第二党支部", ServicePost.Volunteer, default));
        var confirmed = await WithAsync(database, s => s.GetRequiredService<PartyRegistrations>().ConfirmAsync(registered.Id, "李书记", default));
        var twice = await WithAsync(database, s => s.GetRequiredService<PartyRegistrations>().ConfirmAsync(registered.Id, "李书记", default));
        var newPost = await WithAsync(database, s => s.GetRequiredService<PartyRegistrations>().RegisterAsync(resident, "市人民医院第二党支部", ServicePost.RedSunday, default));
        var newBranch = await WithAsync(database, s => s.GetRequiredService<PartyRegistrations>().RegisterAsync(resident, "区教育局机关党支部", ServicePost.RedSunday, default));

        Assert.False(registered.IsConfirmed);
        Assert.True(confirmed);
        Assert.False(twice);
        Assert.True(newPost.IsConfirmed);
        Assert.Equal(ServicePost.RedSunday, newPost.Post);
        Assert.False(newBranch.IsConfirmed);
        Assert.Equal(registered.Id, newBranch.Id);
        Assert.True(await WithAsync(database, s => s.GetRequiredService<CommunityDbContext>().Residents.Where(r => r.Id == resident).Select(r => r.IsPartyMember).SingleAsync()));
    }

    [Fact]
    public async Task Month_CountsTheHoursOfTheRedSundayTheMemberCheckedInAt_AndNotOfOtherMonths()
    {
        var (database, clock, resident) = await ArrangeAsync();
        await using var _ = database;
        var registration = await WithAsync(database, s => s.GetRequiredService<PartyRegistrations>().RegisterAsync(resident, "供电公司党委", ServicePost.RedSunday, default));
        var (activity, problems) = await WithAsync(database, s => s.GetRequiredService<ActivityService>().CreateAsync(new ActivityRequest
        {
            Title = "紅色星期天", Place = "幸福家园广场", Cron = "0 9 * * 0", Capacity = 10, Targets = ActivityTargetKind.Compounds, Codes = "XF01",
        }, default));
        Assert.Empty(problems);
        var occurrence = await WithAsync(database, s => s.GetRequiredService<VolunteerRegistration>().OccurrenceAsync(activity!.Id, Sunday, default));
        await WithAsync(database, s => s.GetRequiredService<VolunteerRegistration>().SignUpAsync(occurrence.Id, resident, default));
        clock.SetUtcNow(Sunday.AddMinutes(5));
        var checkedIn = await WithAsync(database, s => s.GetRequiredService<VolunteerRegistration>().CheckInAsync(occurrence.Id, resident, null, default));
        Assert.Null(checkedIn.Error);

        var november = await WithAsync(database, s => s.GetRequiredService<PartyServiceRecord>().MonthAsync(2026, 11, null, default));
        var december = await WithAsync(database, s => s.GetRequiredService<PartyServiceRecord>().MonthAsync(2026, 12, null, default));

        var row = Assert.Single(november);
        Assert.Equal((registration.Id, "幸福家园", "供电公司党委", 2.0), (row.RegistrationId, row.Compound, row.WorkplaceBranch, row.Hours));
        Assert.Equal(["11月29日 紅色星期天"], row.Activities);
        Assert.Equal(0, Assert.Single(december).Hours);
    }
}
