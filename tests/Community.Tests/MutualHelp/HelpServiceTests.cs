using BuildingBot.Community.DemoData;
using BuildingBot.Community.MutualHelp;
using BuildingBot.Community.Party;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Volunteering;
using BuildingBot.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace BuildingBot.Community.Tests.MutualHelp;

public class HelpServiceTests
{
    /// <summary>Tuesday 2026-12-01 10:00 in Shanghai.</summary>
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    private static async Task<(CommunityDatabase Database, FakeTimeProvider Clock, int Compound, int Asker, int Helper)> ArrangeAsync()
    {
        var clock = new FakeTimeProvider(Now);
        var database = await CommunityDatabase.CreateAsync(StorageProvider.Sqlite, s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        await using var scope = database.Scope();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedIfEmptyAsync();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        var compound = await db.Compounds.Where(c => c.Code == "XF01").Select(c => c.Id).SingleAsync();
        var asker = await db.Residents.Where(r => r.ChannelUserId == "sim-r0001").Select(r => r.Id).SingleAsync();
        var helper = await db.Residents.Where(r => r.ChannelUserId == "sim-r0066").Select(r => r.Id).SingleAsync();
        return (database, clock, compound, asker, helper);
    }

    private static async Task<T> WithAsync<T>(CommunityDatabase database, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = database.Scope();
        return await action(scope.ServiceProvider);
    }

    private static Task<HelpOutcome> PostAsync(CommunityDatabase database, int compound, int poster, DateTimeOffset? when = null) =>
        WithAsync(database, s => s.GetRequiredService<HelpService>().PostAsync(compound, HelpKind.Need, poster, "帮忙接一下孩子", null, when, "小区门口", default));

    [Fact]
    public async Task Confirm_CreditsTheHelperOnce_OnTheLedgerThePointsTheBoardAndThePartyRecordRead()
    {
        var (database, _, compound, asker, helper) = await ArrangeAsync();
        await using var _ = database;
        await WithAsync(database, s => s.GetRequiredService<PartyRegistrations>().RegisterAsync(helper, "供电公司党委", ServicePost.MutualHelp, default));
        var post = (await PostAsync(database, compound, asker)).Post!;
        Assert.Null((await WithAsync(database, s => s.GetRequiredService<HelpService>().AnswerAsync(compound, post.Number, helper, default))).Refusal);
        Assert.Null((await WithAsync(database, s => s.GetRequiredService<HelpService>().DecideAsync(compound, post.Number, asker, null, true, default))).Refusal);

        var first = await WithAsync(database, s => s.GetRequiredService<HelpService>().ConfirmAsync(compound, post.Number, asker, default));
        var second = await WithAsync(database, s => s.GetRequiredService<HelpService>().ConfirmAsync(compound, post.Number, asker, default));

        Assert.Null(first.Refusal);
        Assert.Equal(HelpRefusal.AlreadyDone, second.Refusal);
        var credit = Assert.Single(await WithAsync(database, s => s.GetRequiredService<CommunityDbContext>().VolunteerCredits.ToListAsync()));
        Assert.Equal((helper, post.Id, 1.0, 10), (credit.ResidentId, credit.HelpPostId, credit.Hours, credit.Points));
        Assert.Equal((10, 1.0, 1), await WithAsync(database, s => s.GetRequiredService<VolunteerQueries>().PointsAsync(helper, default)));
        var (_, residents) = await WithAsync(database, s => s.GetRequiredService<VolunteerLeaderboard>().TopAsync(null, 10, default));
        Assert.Equal(10, Assert.Single(residents).Points);
        var row = Assert.Single(await WithAsync(database, s => s.GetRequiredService<PartyServiceRecord>().MonthAsync(2026, 12, null, default)));
        Assert.Equal(1.0, row.Hours);
        Assert.Equal(["12月1日 邻里互助 HZ1"], row.Activities);
    }

    [Fact]
    public async Task Post_Refuses_WhenTheResidentHasAsManyOpenPostsAsAllowed()
    {
        var (database, _, compound, asker, _) = await ArrangeAsync();
        await using var _ = database;
        for (var i = 1; i <= 3; i++)
        {
            Assert.Equal($"HZ{i}", (await PostAsync(database, compound, asker)).Post!.Number);
        }

        Assert.Equal(HelpRefusal.TooManyOpen, (await PostAsync(database, compound, asker)).Refusal);
        await WithAsync(database, s => s.GetRequiredService<HelpService>().WithdrawAsync(compound, "HZ2", asker, default));
        Assert.Equal("HZ4", (await PostAsync(database, compound, asker)).Post!.Number);
    }

    [Fact]
    public async Task Sweep_AsksTheAskerToConfirm_OnceTheTimeAskedForHasPassed()
    {
        var (database, clock, compound, asker, helper) = await ArrangeAsync();
        await using var _ = database;
        var post = (await PostAsync(database, compound, asker, Now.AddHours(6))).Post!;
        await WithAsync(database, s => s.GetRequiredService<HelpService>().AnswerAsync(compound, post.Number, helper, default));
        await WithAsync(database, s => s.GetRequiredService<HelpService>().DecideAsync(compound, post.Number, asker, 1, true, default));

        Assert.Equal((0, 0), await WithAsync(database, s => s.GetRequiredService<HelpService>().SweepAsync(default)));
        clock.SetUtcNow(Now.AddHours(7));
        Assert.Equal((0, 1), await WithAsync(database, s => s.GetRequiredService<HelpService>().SweepAsync(default)));
        Assert.Equal((0, 0), await WithAsync(database, s => s.GetRequiredService<HelpService>().SweepAsync(default)));
        Assert.Equal(HelpStatus.Matched, await WithAsync(database, s => s.GetRequiredService<CommunityDbContext>().HelpPosts.Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task Sweep_ExpiresOpenPostsPastTheirTime_Once()
    {
        var (database, clock, compound, asker, _) = await ArrangeAsync();
        await using var _ = database;
        await PostAsync(database, compound, asker, Now.AddHours(6));
        await PostAsync(database, compound, asker);

        Assert.Equal((0, 0), await WithAsync(database, s => s.GetRequiredService<HelpService>().SweepAsync(default)));
        clock.SetUtcNow(Now.AddHours(7));
        Assert.Equal((1, 0), await WithAsync(database, s => s.GetRequiredService<HelpService>().SweepAsync(default)));
        Assert.Equal((0, 0), await WithAsync(database, s => s.GetRequiredService<HelpService>().SweepAsync(default)));
        clock.SetUtcNow(Now.AddDays(3));
        Assert.Equal((1, 0), await WithAsync(database, s => s.GetRequiredService<HelpService>().SweepAsync(default)));
    }
}
