using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using BuildingBot.WeCom.Crypto;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Npgsql;

// The throughput benchmark's peer (run by bench/throughput.sh): plays WeCom — signed, encrypted smart-bot callbacks from
// `connections` concurrent senders, one private "你好" per person — and the reply side (each response_url points here),
// then reports the acknowledgement rate and latency, and end-to-end handled turns per second.
// Arguments: <bot url[,url…]> <sink port> <count> <connections> <token> <EncodingAESKey> <PostgreSQL connection string> [bot pid[,pid…]]
// With several bots (processes on one database), callback i goes to bot i mod n.
var botUrls = args[0].Split(',').Select(u => new Uri(u)).ToArray();
var sinkPort = int.Parse(args[1], CultureInfo.InvariantCulture);
var count = int.Parse(args[2], CultureInfo.InvariantCulture);
var connections = int.Parse(args[3], CultureInfo.InvariantCulture);
var crypto = new WeComCrypto(args[4], args[5], string.Empty);
var database = args[6];
var botPids = args.Length > 7 ? args[7].Split(',').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray() : [];
var ackOnly = args.Length > 8 && args[8] == "ack-only";
var run = Guid.NewGuid().ToString("N")[..8];

var replies = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
var lastReply = Stopwatch.StartNew();
var builder = WebApplication.CreateSlimBuilder();
builder.WebHost.UseUrls($"http://127.0.0.1:{sinkPort}");
builder.Logging.ClearProviders();
var sink = builder.Build();
sink.MapPost("/response/{id}", (string id) =>
{
    replies.AddOrUpdate(id, 1, (_, n) => n + 1);
    lastReply.Restart();
    return Results.Json(new { errcode = 0, errmsg = "ok" });
});
await sink.StartAsync();

// Bodies are made before the clock starts: the peer's own encryption is not the bot's time.
var bodies = Enumerable.Range(0, count).Select(i =>
{
    var json = $$$"""
        {"msgid":"{{{run}}}-{{{i}}}","aibotid":"AIBOT","chattype":"single","from":{"userid":"load-{{{run}}}-{{{i}}}"},
         "response_url":"http://127.0.0.1:{{{sinkPort}}}/response/{{{run}}}-{{{i}}}","msgtype":"text","text":{"content":"你好"}}
        """;
    var encrypted = crypto.Encrypt(json);
    var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
    return ($"/wecom/bot/callback?msg_signature={crypto.Signature(timestamp, "n0nce", encrypted)}&timestamp={timestamp}&nonce=n0nce",
        $$"""{"encrypt":"{{encrypted}}"}""");
}).ToArray();

var clients = botUrls.Select(url => new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections })
{
    BaseAddress = url, Timeout = TimeSpan.FromSeconds(30),
}).ToArray();
var latencies = new double[count];
var failures = 0;
var next = -1;
var clock = Stopwatch.StartNew();
await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
{
    int i;
    while ((i = Interlocked.Increment(ref next)) < count)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await clients[i % clients.Length].PostAsync(new Uri(bodies[i].Item1, UriKind.Relative), new StringContent(bodies[i].Item2, Encoding.UTF8, "application/json"));
            if (!response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref failures);
            }
        }
        catch (HttpRequestException)
        {
            Interlocked.Increment(ref failures);
        }

        latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }
}));
var acknowledged = clock.Elapsed;

// End to end: until every message has its reply (or nothing arrives for 60 s).
while (!ackOnly && replies.Count < count - failures && lastReply.Elapsed < TimeSpan.FromSeconds(60))
{
    await Task.Delay(50);
}

var handled = clock.Elapsed - lastReply.Elapsed;
Array.Sort(latencies);
double Percentile(double p) => latencies[Math.Min(count - 1, (int)Math.Ceiling(p * count) - 1)];
long inboxDone;
await using (var connection = new NpgsqlConnection(database))
{
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand("""SELECT count(*) FROM "InboxMessages" WHERE "State" = 'Done'""", connection);
    inboxDone = (long)(await command.ExecuteScalarAsync())!;
}

string Memory(string field) => botPids.Length == 0 ? "?" : string.Join(" + ", botPids.Select(pid => File.Exists($"/proc/{pid}/status")
    ? File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal))?.Split(':')[1].Trim() ?? "?"
    : "?"));
var replied = ackOnly
    ? "ack-only: no turns run; "
    : string.Create(CultureInfo.InvariantCulture,
        $"replied {replies.Count} (duplicates {replies.Values.Count(n => n > 1)}) in {handled.TotalSeconds:F1} s = {replies.Count / handled.TotalSeconds:F0} turns/s end to end; ");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"callbacks {count} at {connections} connections to {clients.Length} bot process(es): acknowledged in {acknowledged.TotalSeconds:F1} s = {count / acknowledged.TotalSeconds:F0}/s, " +
    $"p50 {Percentile(0.50):F1} ms, p99 {Percentile(0.99):F1} ms, failed {failures}; " +
    $"{replied}" +
    $"inbox done {inboxDone}; bot memory at the end {Memory("VmRSS")} (anonymous {Memory("RssAnon")}, mapped files {Memory("RssFile")}, shared {Memory("RssShmem")}), peak {Memory("VmHWM")}"));
await sink.StopAsync();
foreach (var client in clients)
{
    client.Dispose();
}

return ackOnly || replies.Count == count - failures ? 0 : 1;
