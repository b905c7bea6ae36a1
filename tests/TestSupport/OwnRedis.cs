using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace BuildingBot.TestSupport;

/// <summary>
/// A redis-server of the test's own on a free loopback port, without persistence (as deploy/servers.sh starts one):
/// killing and starting it again is a Redis restart that loses every key, and disturbs no other test.
/// </summary>
public sealed class OwnRedis : IAsyncDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly int _port = FreePort.Next();
    private Process? _process;

    public string ConnectionString => $"127.0.0.1:{_port}";

    public static async Task<OwnRedis> StartAsync()
    {
        var server = new OwnRedis();
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>Starts redis-server and waits until it answers PING.</summary>
    public async Task StartAgainAsync()
    {
        var start = new ProcessStartInfo("redis-server") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--port", $"{_port}", "--bind", "127.0.0.1", "--save", string.Empty, "--appendonly", "no", "--dir", _folder.Path })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await PongAsync())
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"redis-server did not start on port {_port}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>SIGKILL: the server and everything it held are gone.</summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process?.Dispose();
        _folder.Dispose();
    }

    private async Task<bool> PongAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, _port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
