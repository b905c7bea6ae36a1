using BuildingBot.Community.Persistence;
using BuildingBot.Community.Policies;
using BuildingBot.Scheduling.Housekeeping;
using BuildingBot.TestSupport;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BuildingBot.Scheduling.Tests.Housekeeping;

public class RecurringJobRegistrationTests
{
    [Fact]
    public async Task Start_RegistersTheSweepsAndHousekeeping_AndThePolicySweepTellsAnUntoldChange()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero));
        using var folder = new TemporaryFolder();
        await using var host = await SchedulingHost.StartAsync(folder.File("community.db"), clock);
        using (var connection = host.Services.GetRequiredService<JobStorage>().GetConnection())
        {
            Assert.Superset(
                new HashSet<string>
                {
                    RecurringJobRegistration.PolicySweepJobId, RecurringJobRegistration.HousekeepingJobId,
                    RecurringJobRegistration.UnresolvedMessagesJobId,
                },
                connection.GetRecurringJobs().Select(j => j.Id).ToHashSet());
        }

        // A version saved without its pushes (as if the process stopped right after saving).
        var versionId = await host.WithAsync(async services =>
        {
            var db = services.GetRequiredService<CommunityDbContext>();
            var policy = new Policy { RegionCode = "3301", Topic = PolicyTopic.Travel, CreatedAt = clock.GetUtcNow() };
            policy.Versions.Add(new PolicyVersion
            {
                Number = 1, Title = "杭州市出行提示", Body = "正文。", EffectiveFrom = new DateOnly(2026, 12, 1), SourceIssuer = "杭州市交通运输局",
                CreatedAt = clock.GetUtcNow(),
            });
            db.Policies.Add(policy);
            await db.SaveChangesAsync();
            return policy.Versions[0].Id;
        });
        clock.Advance(TimeSpan.FromMinutes(2));

        host.Services.GetRequiredService<IRecurringJobManager>().Trigger(RecurringJobRegistration.PolicySweepJobId);

        Assert.True(await host.EventuallyAsync(async db => await db.PolicyVersions.AnyAsync(v => v.Id == versionId && v.NotifiedAt != null)));
        Assert.True(await host.EventuallyAsync(async db => await db.OutboxMessages.CountAsync(m => m.IdempotencyKey.StartsWith($"policy:{versionId}:group:")) == 12));
    }
}
