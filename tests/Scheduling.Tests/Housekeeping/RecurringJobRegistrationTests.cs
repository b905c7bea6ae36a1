using BuildingBot.Scheduling.Housekeeping;
using BuildingBot.TestSupport;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BuildingBot.Scheduling.Tests.Housekeeping;

public class RecurringJobRegistrationTests
{
    [Fact]
    public async Task Start_RegistersHousekeeping_AndRemovesTheRetiredPolicySweep()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero));
        using var folder = new TemporaryFolder();
        await using var host = await SchedulingHost.StartAsync(folder.File("community.db"), clock);
        var recurring = host.Services.GetRequiredService<IRecurringJobManager>();
        recurring.AddOrUpdate(RecurringJobRegistration.RetiredPolicySweepJobId, () => Console.WriteLine("an earlier version's job"), Cron.Minutely);

        await host.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<RecurringJobRegistration>().Single().StartAsync(default);

        using var connection = host.Services.GetRequiredService<JobStorage>().GetConnection();
        var jobs = connection.GetRecurringJobs().Select(j => j.Id).ToHashSet();
        Assert.Superset(
            new HashSet<string>
            {
                RecurringJobRegistration.HousekeepingJobId, RecurringJobRegistration.UnresolvedMessagesJobId, Governance.VoteReminderJob.JobId,
                Governance.VoteCloseJob.JobId, BuildingBot.Scheduling.Care.VisitListJob.JobId,
                MutualHelp.HelpSweepJob.JobId,
            },
            jobs);
        Assert.DoesNotContain(RecurringJobRegistration.RetiredPolicySweepJobId, jobs);
    }
}
