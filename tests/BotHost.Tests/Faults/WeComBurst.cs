using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using BuildingBot.WeCom.Crypto;

namespace BuildingBot.BotHost.Tests.Faults;

/// <summary>
/// Plays WeCom's side of a burst: signed, encrypted smart-bot callbacks, one private message per person, spread over
/// the nodes like a load balancer would, 16 at a time. A callback that is not acknowledged (the node died, a 5xx) is
/// sent again to the next node, as WeCom retries it, for up to <see cref="RetryFor"/>; what was acknowledged is never
/// sent again. Refusals (any status but 200) are counted by status.
/// </summary>
internal sealed class WeComBurst(WeComCrypto crypto, Uri replyBase)
{
    public const string Text = "你好";

    public int Acknowledged => _acknowledged;

    /// <summary>How long one callback is retried before the burst fails (a server restart lasts seconds).</summary>
    public static readonly TimeSpan RetryFor = TimeSpan.FromSeconds(90);

    private int _acknowledged;

    /// <summary>Answers other than 200, by status code.</summary>
    public ConcurrentDictionary<int, int> Refusals { get; } = new();

    public static string Person(int i) => $"burst-u{i}";

    public static string MessageId(int i) => $"burst-m{i}";

    public Task SendAsync(IReadOnlyList<RunningBotHost> nodes, int count, Func<int, Task>? afterEach = null) =>
        SendAsync([.. nodes.Select(n => n.Address)], count, afterEach);

    /// <param name="nodes">The addresses callbacks go to, in turn (the nodes themselves, or one proxy in front of them).</param>
    public async Task SendAsync(IReadOnlyList<Uri> nodes, int count, Func<int, Task>? afterEach = null)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using var gate = new SemaphoreSlim(16);
        var tasks = Enumerable.Range(0, count).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                await SendOneAsync(http, nodes, i);
                if (afterEach is not null)
                {
                    await afterEach(Interlocked.Increment(ref _acknowledged));
                }
                else
                {
                    Interlocked.Increment(ref _acknowledged);
                }
            }
            finally
            {
                gate.Release();
            }
        });
        await Task.WhenAll(tasks);
    }

    private async Task SendOneAsync(HttpClient http, IReadOnlyList<Uri> nodes, int i)
    {
        var json = $$$"""
            {"msgid":"{{{MessageId(i)}}}","aibotid":"AIBOT","chattype":"single","from":{"userid":"{{{Person(i)}}}"},
             "response_url":"{{{replyBase}}}response/{{{MessageId(i)}}}","msgtype":"text","text":{"content":"{{{Text}}}"}}
            """;
        var deadline = DateTime.UtcNow + RetryFor;
        for (var attempt = 0; ; attempt++)
        {
            var node = nodes[(i + attempt) % nodes.Count];
            var encrypted = crypto.Encrypt(json);
            var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            var signature = crypto.Signature(timestamp, "n0nce", encrypted);
            try
            {
                using var response = await http.PostAsync(
                    new Uri(node, $"/wecom/bot/callback?msg_signature={signature}&timestamp={timestamp}&nonce=n0nce"),
                    new StringContent($$"""{"encrypt":"{{encrypted}}"}""", Encoding.UTF8, "application/json"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }

                Refusals.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // The node is gone or did not answer: WeCom tries again.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"callback {i} was never acknowledged");
            }

            await Task.Delay(100);
        }
    }
}
