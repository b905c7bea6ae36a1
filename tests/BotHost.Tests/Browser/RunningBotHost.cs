using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using BuildingBot.TestSupport;

namespace BuildingBot.BotHost.Tests.Browser;

/// <summary>The real BotHost process on a free loopback port (embedded mode, fresh SQLite), for a browser to open.</summary>
public sealed class RunningBotHost : IAsyncDisposable
{
    private readonly Process _process;
    private readonly TemporaryFolder _folder;

    private RunningBotHost(Process process, TemporaryFolder folder, Uri address)
    {
        _process = process;
        _folder = folder;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<RunningBotHost> StartAsync()
    {
        var folder = new TemporaryFolder();
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            "exec", typeof(Program).Assembly.Location, "--urls", $"http://127.0.0.1:{port}",
            "--contentRoot", RepositoryFiles.Path("src", "BotHost"),
        })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ConnectionStrings__Community"] = $"Data Source={folder.File("bot.db")}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var address = new Uri($"http://127.0.0.1:{port}/");
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(2) };
        // Ready means the database answers and the understanding model is trained: seconds alone, longer on a busy CI machine.
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            try
            {
                using var ready = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
                if (ready.IsSuccessStatusCode)
                {
                    return new RunningBotHost(process, folder, address);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Slow first answer while the demo data loads.
            }

            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException($"BotHost did not become ready on port {port}");
            }

            await Task.Delay(200);
        }
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
