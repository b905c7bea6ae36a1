using System.Collections.Concurrent;
using System.Diagnostics;
using BuildingBot.TestSupport;

namespace BuildingBot.BotHost.Tests;

/// <summary>
/// The real BotHost process on a free loopback port: embedded mode on a fresh SQLite by default (for a browser to open),
/// or with the settings given (production nodes sharing a PostgreSQL and a Redis, for the fault-injection suite).
/// It can be killed hard (SIGKILL) and started again on the same port. Its console log is kept (the last
/// <see cref="KeptLines"/> lines) and its error-level entries (<c>fail:</c>, <c>crit:</c>, or JSON lines at Error/Critical) are counted.
/// </summary>
public sealed class RunningBotHost : IAsyncDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly IReadOnlyDictionary<string, string> _environment;
    private const int KeptLines = 20_000;
    private readonly ConcurrentQueue<string> _log = new();
    private Process? _process;
    private readonly ConcurrentQueue<List<string>> _errors = new();
    private readonly Lock _gate = new();
    private List<string>? _currentError;

    private RunningBotHost(IReadOnlyDictionary<string, string> environment, int port)
    {
        _environment = environment;
        Address = new Uri($"http://127.0.0.1:{port}/");
    }

    public Uri Address { get; }

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>The last lines the process wrote to stdout and stderr.</summary>
    public IReadOnlyCollection<string> Log => _log;

    /// <summary>The process's working set now, in bytes.</summary>
    public long WorkingSet
    {
        get
        {
            _process!.Refresh();
            return _process.WorkingSet64;
        }
    }

    /// <summary>Log entries at error or critical level so far: each its first line and the three after it (message, exception).</summary>
    public IReadOnlyCollection<List<string>> Errors => _errors;

    /// <summary>Log entries at error or critical level so far.</summary>
    public int ErrorEntries => _errors.Count;

    /// <param name="environment">Settings as environment variables (<c>BuildingBot__Mode</c> …); none: embedded mode on a fresh SQLite file.</param>
    public static async Task<RunningBotHost> StartAsync(IReadOnlyDictionary<string, string>? environment = null)
    {
        var host = new RunningBotHost(environment ?? new Dictionary<string, string>(), FreePort.Next());
        await host.StartAgainAsync();
        return host;
    }

    /// <summary>Starts the process (again, after <see cref="Kill"/>) and waits until /readyz answers 200.</summary>
    public async Task StartAgainAsync()
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _folder.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            "exec", typeof(Program).Assembly.Location, "--urls", Address.GetLeftPart(UriPartial.Authority),
            "--contentRoot", RepositoryFiles.Path("src", "BotHost"),
        })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ConnectionStrings__Community"] = $"Data Source={_folder.File("bot.db")}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in _environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, line) => Keep(line.Data);
        process.ErrorDataReceived += (_, line) => Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };

        // Ready means the database answers and the understanding model is trained: seconds alone, longer on a busy CI machine.
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            try
            {
                using var ready = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
                if (ready.IsSuccessStatusCode)
                {
                    return;
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
                Kill();
                throw new InvalidOperationException($"BotHost did not become ready on {Address}");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>Runs a command of the host (e.g. add-staff) as its own process on this host's database.</summary>
    internal Task<Startup.BotHostProcess.Outcome> RunCommandAsync(params string[] args) => Startup.BotHostProcess.RunAsync(
        _folder.Path, new Dictionary<string, string> { ["ConnectionStrings__Community"] = $"Data Source={_folder.File("bot.db")}" }, args);

    /// <summary>SIGTERM, as an orchestrator stops a replica: the host shuts down gracefully; waits until it has exited.</summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false } process)
        {
            using var signal = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await signal.WaitForExitAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(timeout.Token);
        }
    }

    /// <summary>SIGKILL: no shutdown, no flushing, leases left as they are — a crash.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        if (_process is { } process)
        {
            await process.WaitForExitAsync();
            process.Dispose();
        }

        _folder.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            if (IsErrorEntry(line))
            {
                _currentError = [line];
                _errors.Enqueue(_currentError);
            }
            else if (_currentError is { Count: < 4 } error)
            {
                error.Add(line.Trim());
            }
        }

        _log.Enqueue(line);
        while (_log.Count > KeptLines)
        {
            _log.TryDequeue(out _);
        }
    }

    /// <summary>
    /// An error-level entry: <c>fail:</c>/<c>crit:</c> in the plain console format, or a JSON console line (production's
    /// format) whose <c>LogLevel</c> is Error or Critical.
    /// </summary>
    internal static bool IsErrorEntry(string line)
    {
        if (line.StartsWith("fail: ", StringComparison.Ordinal) || line.StartsWith("crit: ", StringComparison.Ordinal))
        {
            return true;
        }

        if (!line.StartsWith('{'))
        {
            return false;
        }

        try
        {
            using var entry = System.Text.Json.JsonDocument.Parse(line);
            return entry.RootElement.TryGetProperty("LogLevel", out var level) && level.GetString() is "Error" or "Critical";
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }
}
