using System.Diagnostics;
using BuildingBot.TestSupport;
using Npgsql;

namespace BuildingBot.BotHost.Tests.Faults;

/// <summary>
/// A PostgreSQL server of the test's own (initdb into a temporary folder, pg_ctl on a free loopback port, as
/// deploy/servers.sh starts one), so stopping and starting it disturbs no other test. As root it runs as the
/// postgres system user, which refuses to run as root.
/// </summary>
internal sealed class OwnPostgres : IAsyncDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly string _bin;
    private readonly int _port;

    private OwnPostgres(string bin, int port)
    {
        _bin = bin;
        _port = port;
    }

    public string ConnectionString => $"Host=127.0.0.1;Port={_port};Username=postgres;Database=buildingbot;Timeout=5";

    public static async Task<OwnPostgres> StartAsync()
    {
        var bin = Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb")))
            .OrderDescending().FirstOrDefault() ?? throw new InvalidOperationException("PostgreSQL is not installed; deploy/test.sh installs it.");
        var server = new OwnPostgres(bin, FreePort.Next());
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", "postgres", server._folder.Path);
        }

        await server.RunPgAsync("initdb", "-D", server.Data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8");
        await server.StartAgainAsync();
        await using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={server._port};Username=postgres;Database=postgres;Pooling=false");
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand("CREATE DATABASE buildingbot", connection);
        await create.ExecuteNonQueryAsync();
        return server;
    }

    private string Data => Path.Combine(_folder.Path, "data");

    /// <summary>pg_ctl start, waiting until it accepts connections.</summary>
    public Task StartAgainAsync() => RunPgAsync(
        "pg_ctl", "-D", Data, "-l", Path.Combine(_folder.Path, "server.log"), "-w", "-t", "60", "start",
        "-o", $"-p {_port} -c listen_addresses=127.0.0.1 -k {_folder.Path} -c max_connections=200 -c fsync=off");

    /// <summary>pg_ctl stop in fast mode: open connections are cut, as in a restart by an operator.</summary>
    public Task StopAsync() => RunPgAsync("pg_ctl", "-D", Data, "-m", "fast", "-w", "stop");

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RunPgAsync("pg_ctl", "-D", Data, "-m", "immediate", "-w", "stop");
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        _folder.Dispose();
    }

    private Task RunPgAsync(string tool, params string[] arguments) => Environment.UserName == "root"
        ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. arguments])
        : RunAsync(Path.Combine(_bin, tool), arguments);

    private static async Task RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output}{await error}");
        }
    }
}
