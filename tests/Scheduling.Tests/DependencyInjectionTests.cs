using BuildingBot.Community.Configuration;
using BuildingBot.TestSupport;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BuildingBot.Scheduling.Tests;

public class DependencyInjectionTests
{
    private static ServiceProvider Build(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();
        return new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(new FakeTimeProvider()).AddScheduling(configuration).BuildServiceProvider();
    }

    [Fact]
    public void AddScheduling_UsesInMemoryStorage_InEmbeddedMode()
    {
        using var services = Build();

        Assert.IsType<InMemoryStorage>(services.GetRequiredService<JobStorage>());
    }

    [Fact]
    public void AddScheduling_GivesEachHostItsOwnStorageAndActivator_WhenTwoRunInOneProcess()
    {
        using var first = Build();
        using var second = Build();
        first.GetRequiredService<IGlobalConfiguration>();
        second.GetRequiredService<IGlobalConfiguration>();

        first.GetRequiredService<IBackgroundJobClient>().Enqueue(() => Console.WriteLine("first"));
        var firstStorage = first.GetRequiredService<JobStorage>();
        var secondStorage = second.GetRequiredService<JobStorage>();
        using var scope = first.GetRequiredService<JobActivator>().BeginScope((JobActivatorContext)null!);

        Assert.NotSame(firstStorage, secondStorage);
        Assert.Equal(1, firstStorage.GetMonitoringApi().EnqueuedCount("default"));
        Assert.Equal(0, secondStorage.GetMonitoringApi().EnqueuedCount("default"));
        Assert.Same(first.GetRequiredService<TimeProvider>(), scope.Resolve(typeof(TimeProvider)));
    }

    [Fact]
    public void AddScheduling_ThrowsNamingTheKey_WhenProductionHasNoConnectionString()
    {
        var exception = Assert.Throws<InvalidConfigurationException>(() => Build((ConfigurationKeys.Mode, "Production")));

        Assert.Equal(ConfigurationKeys.CommunityConnection, exception.Key);
    }

    [Fact]
    public async Task AddScheduling_StoresJobsInPostgreSql_InProductionMode()
    {
        await using var postgres = await PostgresDatabase.CreateAsync();
        using var services = Build((ConfigurationKeys.Mode, "Production"), (ConfigurationKeys.HangfireConnection, postgres.ConnectionString));
        var storage = Assert.IsType<PostgreSqlStorage>(services.GetRequiredService<JobStorage>());

        var id = new BackgroundJobClient(storage).Schedule(() => Console.WriteLine("later"), TimeSpan.FromHours(1));

        Assert.Equal(1, storage.GetMonitoringApi().ScheduledCount());
        Assert.NotNull(storage.GetConnection().GetJobData(id));
    }
}
