using BenchmarkDotNet.Attributes;
using BuildingBot.Community;
using BuildingBot.Community.Channels;
using BuildingBot.Community.DemoData;
using BuildingBot.Community.Persistence;
using BuildingBot.Dialogs.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Dialogs.Benchmarks;

/// <summary>
/// One turn through the full pipeline (telemetry, de-duplication, identity on SQLite, rate limit,
/// recognizer, dialog manager, ETag state save in process, outbox insert on SQLite), as the
/// embedded mode runs it. Turns per second = 1 s / Mean.
/// </summary>
[MemoryDiagnoser]
public class TurnBenchmarks
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"buildingbot-bench-{Guid.NewGuid():N}");
    private ServiceProvider _services = null!;
    private BotEngine _engine = null!;
    private long _sequence;

    [Params("帮助", "3幢电梯又坏了，我妈下不了楼")]
    public string Text { get; set; } = "帮助";

    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(_folder);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Community"] = $"Data Source={Path.Combine(_folder, "bench.db")}",
            // The benchmark is one sender far above a person's pace; the limiter still runs, it just never refuses.
            ["Dialogs:MessagesPerWindow"] = "100000000",
        }).Build();
        _services = new ServiceCollection().AddLogging().AddCommunity(configuration).AddDialogs(configuration).BuildServiceProvider();
        using (var scope = _services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<CommunityDbContext>().Database.Migrate();
            scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedIfEmptyAsync().GetAwaiter().GetResult();
        }

        _engine = _services.GetRequiredService<BotEngine>();
    }

    [Benchmark]
    public Task<IReadOnlyList<OutgoingMessage>> OneTurn()
    {
        var n = Interlocked.Increment(ref _sequence);
        var user = $"sim-r{(n % 350) + 1:0000}";
        return _engine.ProcessAsync(new Activity
        {
            Id = $"bench-{n}",
            Conversation = ConversationReference.Private(ChatChannel.Simulator, user),
            From = new ChannelAccount(user, "居民"),
            Text = Text,
            MentionsBot = true,
            Timestamp = DateTimeOffset.UtcNow,
        });
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
