using BuildingBot.Community.DemoData;
using BuildingBot.Community.Governance;
using BuildingBot.Community.Persistence;
using BuildingBot.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace BuildingBot.Community.Tests.Governance;

public class MatterServiceTests
{
    /// <summary>Tuesday 2026-12-01 10:00 in Shanghai; the vote runs to the 8th at 18:00 (10:00 UTC).</summary>
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Deadline = new(2026, 12, 8, 10, 0, 0, TimeSpan.Zero);

    private static async Task<T> WithAsync<T>(CommunityDatabase database, Func<MatterService, CommunityDbContext, Task<T>> action)
    {
        await using var scope = database.Scope();
        return await action(scope.ServiceProvider.GetRequiredService<MatterService>(), scope.ServiceProvider.GetRequiredService<CommunityDbContext>());
    }

    /// <summary>A matter of compound XF01 through 审议 with its vote open; returns its number and id and two households.</summary>
    private static async Task<(string Number, int Id, int[] Households)> VotingAsync(CommunityDatabase database)
    {
        await using (var scope = database.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedIfEmptyAsync();
        }

        return await WithAsync(database, async (matters, db) =>
        {
            var compound = await db.Compounds.Where(c => c.Code == "XF01").Select(c => c.Id).SingleAsync();
            var number = (await matters.SuggestAsync(compound, "小区东门加装非机动车充电桩", MatterKind.Ordinary, null, "蒋婷", default)).Matter!.Number;
            foreach (var stage in new[] { MatterStage.Propose, MatterStage.Discuss, MatterStage.Review })
            {
                var step = new MatterStep { Stage = stage, Date = new DateOnly(2026, 12, 1), Minutes = "会议纪要", Outcome = StageOutcome.Passed, RecordedBy = "王书记" };
                Assert.Null((await matters.RecordStageAsync(number, step, default)).Refusal);
            }

            var matter = (await matters.OpenVoteAsync(number, Deadline, default)).Matter!;
            var households = await db.Households.Where(h => h.Unit!.Building!.CompoundId == compound).OrderBy(h => h.Id).Select(h => h.Id).Take(2).ToArrayAsync();
            return (number, matter.Id, households);
        });
    }

    [Fact]
    public async Task Cast_ReplacesTheFirstBallot_WhenAnotherResidentOfTheHouseholdCastItMeanwhile()
    {
        var race = new FirstBallotRace();
        var clock = new FakeTimeProvider(Now);
        await using var database = await CommunityDatabase.CreateAsync(StorageProvider.Sqlite, s => s
            .Replace(ServiceDescriptor.Singleton<TimeProvider>(clock))
            .ConfigureDbContext<SqliteCommunityDbContext>(options => options.AddInterceptors(race)));
        var (_, matterId, households) = await VotingAsync(database);
        race.Database = database;

        var outcome = await WithAsync(database, (matters, _) => matters.CastAsync(matterId, households[0], VoteChoice.Agree, default));

        Assert.True(race.Raced);
        Assert.Null(outcome.Refusal);
        Assert.True(outcome.Replaced);
        var ballot = Assert.Single(await WithAsync(database, (_, db) => db.MatterBallots.AsNoTracking().Where(b => b.MatterId == matterId).ToListAsync()));
        Assert.Equal((households[0], VoteChoice.Agree, 1), (ballot.HouseholdId, ballot.Choice, ballot.Changes));
    }

    [Fact]
    public async Task CloseDueVotes_ClosesAVoteOnceItsDeadlinePassed_AndOnlyOnce()
    {
        var clock = new FakeTimeProvider(Now);
        await using var database = await CommunityDatabase.CreateAsync(StorageProvider.Sqlite, s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        var (number, matterId, households) = await VotingAsync(database);
        await WithAsync(database, (matters, _) => matters.CastAsync(matterId, households[0], VoteChoice.Agree, default));

        clock.SetUtcNow(Deadline.AddMinutes(-1));
        var early = await WithAsync(database, (matters, _) => matters.CloseDueVotesAsync("系统", default));
        clock.SetUtcNow(Deadline.AddMinutes(4));
        var due = await WithAsync(database, (matters, _) => matters.CloseDueVotesAsync("系统", default));
        var again = await WithAsync(database, (matters, _) => matters.CloseDueVotesAsync("系统", default));

        Assert.Empty(early);
        Assert.Equal([number], due);
        Assert.Empty(again);
        var matter = await WithAsync(database, (_, db) => db.Matters.AsNoTracking().Include(m => m.Steps).SingleAsync(m => m.Id == matterId));
        Assert.Equal(MatterStatus.Failed, matter.Status);
        Assert.Equal(1, matter.Result!.Agree);
        var step = Assert.Single(matter.Steps, s => s.Stage == MatterStage.Resolve);
        Assert.Equal(("系统", "参与表决的业主未达到三分之二"), (step.RecordedBy, step.Note));
    }

    /// <summary>Just before the first save of a new ballot, another resident of the same household saves theirs.</summary>
    private sealed class FirstBallotRace : SaveChangesInterceptor
    {
        public CommunityDatabase? Database { get; set; }

        public bool Raced { get; private set; }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            var added = eventData.Context!.ChangeTracker.Entries<MatterBallot>().FirstOrDefault(e => e.State == EntityState.Added)?.Entity;
            if (Database is not null && !Raced && added is not null)
            {
                Raced = true;
                await using var scope = Database.Scope();
                var other = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
                var matter = await other.Matters.Include(m => m.Ballots).SingleAsync(m => m.Id == added.MatterId, cancellationToken);
                matter.Cast(added.HouseholdId, VoteChoice.Against, Now);
                await other.SaveChangesAsync(cancellationToken);
            }

            return result;
        }
    }
}
