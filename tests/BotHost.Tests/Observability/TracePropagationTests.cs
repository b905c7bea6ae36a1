using System.Diagnostics;
using System.Net;
using BuildingBot.BotHost.Observability;
using BuildingBot.BotHost.Tests.WeCom;
using BuildingBot.Dialogs.Turns;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace BuildingBot.BotHost.Tests.Observability;

/// <summary>One trace from a WeCom callback through the inbox, the turn and the outbox to the WeCom API call.</summary>
public sealed class TracePropagationTests : IAsyncLifetime
{
    private const string Phone = "13812345678";

    private FakeWeCom _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeWeCom.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task Callback_TurnAndDelivery_AreOneTrace_WithTheConversationIdAndNoText()
    {
        var spans = new ExportedSpanCollection();
        var traffic = new WeComTraffic(_fake);
        await using var factory = BotHostFactory.Embedded(traffic.Settings).WithServices(services =>
            services.AddOpenTelemetry().WithTracing(tracing => tracing.AddBuildingBotTracing().AddInMemoryExporter(spans)));
        using var client = factory.CreateClient();
        const string text = $"帮助 我家电话{Phone}";

        using var response = await traffic.BotGroupMessageAsync(client, "trace-1", text);
        await _fake.WaitForAsync(f => f.Sent("response/trace-1").Any());
        string[] expected = ["inbox.handle", "turn", "outbox.deliver", "wecom response_url"];

        // Spans are exported when they end; the inbox span ends after the turn, which may be after the delivery. Other
        // tests' hosts export into the same listener, so only this callback's trace counts.
        bool IsCallback(System.Diagnostics.Activity s) => s.Kind == ActivityKind.Server && s.GetTagItem("url.path") as string == "/wecom/bot/callback";
        List<System.Diagnostics.Activity> CallbackTrace() => spans.FirstOrDefault(IsCallback) is { } root ? [.. spans.Where(s => s.TraceId == root.TraceId)] : [];
        for (var i = 0; i < 300 && !expected.All(name => CallbackTrace().Any(s => s.DisplayName == name)); i++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(spans, IsCallback);
        var trace = CallbackTrace();
        var names = trace.Select(s => s.DisplayName).ToList();
        foreach (var name in expected)
        {
            Assert.True(names.Contains(name), $"{name} is not in the callback's trace: {string.Join(", ", names)}; all spans: "
                + string.Join(" | ", spans.Select(s => $"{s.DisplayName} {s.TraceId}/{s.ParentSpanId}")));
        }

        Assert.Contains(trace, s => s.Kind == ActivityKind.Client && s.Source.Name == "System.Net.Http");
        foreach (var name in expected)
        {
            Assert.Equal(WeComTraffic.GroupChat, trace.First(s => s.DisplayName == name).GetTagItem(DialogsMetrics.ConversationIdTag));
        }

        var values = trace.SelectMany(s => s.TagObjects.Select(t => $"{s.DisplayName} {t.Key}={t.Value}")).ToList();
        Assert.DoesNotContain(values, v => v.Contains("帮助", StringComparison.Ordinal) || v.Contains(Phone, StringComparison.Ordinal)
                                           || v.Contains("zhangsan", StringComparison.Ordinal));
    }
}
