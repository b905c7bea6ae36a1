using System.Diagnostics;
using System.Globalization;
using BuildingBot.TestSupport;

namespace BuildingBot.BotHost.Tests.Faults;

/// <summary>
/// Caddy (Debian's package) on a free loopback port, round-robin in front of BotHost nodes as deploy/compose's Caddyfile
/// does: it health-checks /healthz and, when a node is gone, retries the request on another for a few seconds.
/// </summary>
internal sealed class CaddyProxy : IAsyncDisposable
{
    private readonly TemporaryFolder _folder;
    private readonly Process _process;

    private CaddyProxy(Process process, Uri address, TemporaryFolder folder)
    {
        _process = process;
        Address = address;
        _folder = folder;
    }

    public Uri Address { get; }

    public static async Task<CaddyProxy> StartAsync(IEnumerable<Uri> nodes)
    {
        var port = FreePort.Next();
        var folder = new TemporaryFolder();
        var upstreams = string.Join(' ', nodes.Select(n => n.Authority));
        var caddyfile = folder.File("Caddyfile");
        await File.WriteAllTextAsync(caddyfile, $$"""
            {
            	admin off
            	auto_https off
            }
            http://127.0.0.1:{{port}} {
            	reverse_proxy {{upstreams}} {
            		lb_policy round_robin
            		lb_try_duration 15s
            		lb_try_interval 250ms
            		fail_duration 30s
            		health_uri /healthz
            		health_interval 1s
            	}
            }
            """);
        var start = new ProcessStartInfo("caddy") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder.Path };
        foreach (var argument in new[] { "run", "--config", caddyfile, "--adapter", "caddyfile" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["XDG_DATA_HOME"] = folder.Path;
        start.Environment["XDG_CONFIG_HOME"] = folder.Path;
        var process = Process.Start(start) ?? throw new InvalidOperationException("caddy did not start");
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, line) => output.Enqueue(line.Data ?? string.Empty);
        process.ErrorDataReceived += (_, line) => output.Enqueue(line.Data ?? string.Empty);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var proxy = new CaddyProxy(process, new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/"), folder);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var deadline = DateTime.UtcNow.AddSeconds(30); DateTime.UtcNow < deadline && !process.HasExited; await Task.Delay(200))
        {
            try
            {
                using var response = await http.GetAsync(new Uri(proxy.Address, "/healthz"));
                if (response.IsSuccessStatusCode)
                {
                    return proxy;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
        }

        await proxy.DisposeAsync();
        // Caddy says why it stopped (a Caddyfile option this version does not know, a port in use) in its last lines.
        throw new InvalidOperationException($"caddy did not forward /healthz within 30 s: {string.Join(" | ", output.TakeLast(5))}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _folder.Dispose();
    }
}
