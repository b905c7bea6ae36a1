using System.Diagnostics;
using System.Text;
using System.Text.Json;
using BuildingBot.BotHost.Tests.WeCom;
using BuildingBot.Community.Channels;
using BuildingBot.Community.Outbox;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Queueing;
using BuildingBot.Dialogs.Outbox;
using BuildingBot.Dialogs.Turns;
using BuildingBot.WeCom.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace BuildingBot.BotHost.Tests.Faults;

/// <summary>
/// WeCom's API failing for ten minutes of simulated time — HTTP 500, no answer, 45009, 40014 and 42001 (also for
/// freshly fetched tokens), mixed by a seeded Random — while the host's own WeCom sender works off a backlog for
/// members (message/send), a robot group (webhook) and an app chat. The outbox worker is driven through a fake clock,
/// second by simulated second (its background loops stopped, so the clock never moves while a send is under way). Afterwards every message must have arrived exactly once, in order per target, never
/// more often than WeComLimits allows in any minute, and nothing may be dead-lettered.
/// </summary>
[Trait("Category", "Faults")]
[Collection(FaultsRunAlone.Name)]
public sealed class WeComOutageTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string AesKey = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    private const int Members = 4;
    private const int PerTarget = 40;
    private static readonly TimeSpan OutageLength = TimeSpan.FromMinutes(10);
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    private static readonly WeComFault[] Mix =
    [
        WeComFault.ServerError, WeComFault.ServerError, WeComFault.RateLimited, WeComFault.RateLimited,
        WeComFault.TokenInvalid, WeComFault.TokenExpired, WeComFault.TokenExpired, WeComFault.Timeout,
    ];

    private FakeWeCom _weCom = null!;

    public async Task InitializeAsync() => _weCom = await FakeWeCom.StartAsync();

    public async Task DisposeAsync() => await _weCom.DisposeAsync();

    [Fact]
    public async Task TenMinuteOutage_DeliversEverythingAfterwards_InOrderWithinLimits()
    {
        var seed = FaultScale.Seed ?? Environment.TickCount;
        output.WriteLine($"seed {seed} (replay: BUILDINGBOT_FAULTS_SEED={seed})");
        var random = new Random(seed);
        var clock = new FakeTimeProvider(Start);
        var injected = new Dictionary<WeComFault, int>();
        _weCom.Clock = clock;
        _weCom.Outage = () =>
        {
            lock (injected)
            {
                var fault = clock.GetUtcNow() < Start + OutageLength ? Mix[random.Next(Mix.Length)] : WeComFault.None;
                injected[fault] = injected.GetValueOrDefault(fault) + 1;
                return fault;
            }
        };
        await using var factory = BotHostFactory.Embedded(
                ("WeCom:CorpId", "wwoutagecorp1"), ("WeCom:ApiBaseUrl", _weCom.Address.ToString()), ("WeCom:App:AgentId", "1000002"),
                ("WeCom:App:Secret", FakeWeCom.Secret), ("WeCom:App:Token", "AppTok3n"), ("WeCom:App:EncodingAesKey", AesKey))
            .WithServices(services =>
            {
                services.AddSingleton<TimeProvider>(clock);

                // "No answer" costs real time: the client gives up after 1 s instead of 10 s.
                services.AddHttpClient<WeComApiClient>(http => http.Timeout = TimeSpan.FromSeconds(1));
            });
        using var client = factory.CreateClient();
        await ImportGroupsAsync(client);
        await WaitUntilReadyAsync(client);

        // The test is the only worker: the clock moves only between its drains, never while an item is being sent.
        var worker = factory.Services.GetRequiredService<QueueWorker<OutboxMessage>>();
        await worker.StopAsync(default);
        var targets = Enumerable.Range(1, Members).Select(m => ConversationReference.Private(ChatChannel.WeCom, $"member{m}"))
            .Append(new ConversationReference(ChatChannel.WeCom, "wrRobot1", ConversationKind.Group))
            .Append(new ConversationReference(ChatChannel.WeCom, "wrAppChat1", ConversationKind.Group))
            .ToList();
        var sent = await EnqueueAsync(factory, targets);

        var wall = Stopwatch.StartNew();
        var deadline = Start + TimeSpan.FromHours(2);
        while (await CountAsync(factory, QueueState.Pending) > 0 && clock.GetUtcNow() < deadline)
        {
            await worker.DrainAsync(default);
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        var deliveries = _weCom.Deliveries.ToArray().Select(d => (d.At, Target: TargetOf(d.Path, d.Body), Text: TextOf(d.Path, d.Body))).ToList();
        var duplicated = deliveries.Count - deliveries.Select(d => d.Text).Distinct(StringComparer.Ordinal).Count();
        var outOfOrder = deliveries.GroupBy(d => d.Target).Count(g => !g.Select(d => d.Text).SequenceEqual(Expected(g.Key).Take(g.Count())));
        var dead = await CountAsync(factory, QueueState.DeadLettered);
        var lastAt = deliveries.Count > 0 ? deliveries.Max(d => d.At) - Start : TimeSpan.Zero;
        output.WriteLine(
            $"WeCom outage of {OutageLength.TotalMinutes:F0} simulated minutes: sent {sent}, delivered {deliveries.Count}, duplicated {duplicated}, " +
            $"out of order {outOfOrder} targets, dead-lettered {dead}, pending {await CountAsync(factory, QueueState.Pending)}; " +
            $"faults {string.Join(", ", injected.Where(f => f.Key != WeComFault.None).Select(f => $"{f.Key} {f.Value}"))}; tokens fetched {_weCom.TokensIssued}; " +
            $"last delivery at simulated {lastAt.TotalMinutes:F1} min; wall {wall.Elapsed.TotalSeconds:F1} s");
        foreach (var reason in await DeadLetterReasonsAsync(factory))
        {
            output.WriteLine($"dead-lettered: {reason}");
        }

        Assert.Equal(0, dead);
        Assert.Equal(sent, deliveries.Count);
        Assert.Equal(0, duplicated);
        Assert.Equal(0, outOfOrder);
        Assert.All(deliveries.GroupBy(d => d.Target), g => AssertWithinLimit(g.Key, g.Select(d => d.At).Order().ToList()));
        Assert.True(deliveries.Min(d => d.At) >= Start + OutageLength, "something was delivered during the outage");
    }

    private static async Task ImportGroupsAsync(HttpClient client)
    {
        const string Groups = """
            compound_code,building_code,channel,chat_id,group_name,delivery_mode,webhook_key,owner_user_id
            XF01,1,wecom,wrRobot1,1幢 业主群,robot_webhook,robot-key-1,
            XF01,3,wecom,wrAppChat1,3幢 工作群,app_chat,,
            """;
        using var response = await client.PostAsync(new Uri("/admin/import/groups", UriKind.Relative), new StringContent(Groups, Encoding.UTF8, "text/csv"));
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Until the understanding model is trained, its training takes the CPU that the real-time client timeout needs.</summary>
    private static async Task WaitUntilReadyAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (!(await client.GetAsync(new Uri("/readyz", UriKind.Relative))).IsSuccessStatusCode)
        {
            Assert.True(DateTime.UtcNow < deadline, "the host did not become ready within 3 minutes");
            await Task.Delay(200);
        }
    }

    /// <summary>Queues <see cref="PerTarget"/> numbered messages per target, the targets interleaved.</summary>
    private static async Task<int> EnqueueAsync(BotHostFactory factory, IReadOnlyList<ConversationReference> targets)
    {
        var messages = Enumerable.Range(0, PerTarget).SelectMany(i => targets.Select(t => new OutgoingMessage
        {
            Conversation = t, Text = Expected(t.ConversationId).ElementAt(i), IdempotencyKey = $"outage:{t.ConversationId}:{i}",
        })).ToList();
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IOutbox>().EnqueueAsync(messages, default);
        return messages.Count;
    }

    private static IEnumerable<string> Expected(string target) => Enumerable.Range(0, PerTarget).Select(i => $"notice {target} n{i:D2}");

    private static async Task<int> CountAsync(BotHostFactory factory, QueueState state)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().OutboxMessages.CountAsync(m => m.State == state);
    }

    private static async Task<List<string>> DeadLetterReasonsAsync(BotHostFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().OutboxMessages
            .Where(m => m.State == QueueState.DeadLettered).Select(m => new { m.Attempts, m.LastError }).ToListAsync();
        return [.. rows.GroupBy(r => $"after {r.Attempts} attempts: {r.LastError}").Select(g => $"{g.Count()} × {g.Key}")];
    }

    private static string TargetOf(string path, string body) => path switch
    {
        "message/send" => JsonDocument.Parse(body).RootElement.GetProperty("touser").GetString()!,
        "appchat/send" => JsonDocument.Parse(body).RootElement.GetProperty("chatid").GetString()!,
        _ => "wrRobot1",
    };

    private static string TextOf(string path, string body) => JsonDocument.Parse(body).RootElement.GetProperty("text").GetProperty("content").GetString()!;

    /// <summary>No minute (a sliding window, as WeCom counts) holds more than the target's limit.</summary>
    private static void AssertWithinLimit(string target, List<DateTimeOffset> times)
    {
        var route = target switch
        {
            "wrRobot1" => WeComRoute.Webhook,
            "wrAppChat1" => WeComRoute.AppChat,
            _ => WeComRoute.MessageSend,
        };
        var limit = WeComLimits.For(route, target).First(l => l.Window == TimeSpan.FromMinutes(1)).Limit;
        var busiest = times.Select((t, i) => times.Skip(i).TakeWhile(u => u - t < TimeSpan.FromMinutes(1)).Count()).Max();
        Assert.True(busiest <= limit, $"{target}: {busiest} messages within a minute, the limit is {limit}");
    }
}
