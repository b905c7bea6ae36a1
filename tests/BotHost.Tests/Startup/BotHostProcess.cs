using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BuildingBot.BotHost.Tests.Startup;

/// <summary>Runs the built BotHost as its own process, the way an operator starts it.</summary>
internal static class BotHostProcess
{
    public sealed record Outcome(int ExitCode, string Output, string Error)
    {
        public string All => Output + Error;
    }

    public static Task<Outcome> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        RunAsync(TimeSpan.FromSeconds(90), workingDirectory, environment, args);

    /// <summary>Runs a command that may take longer than a start-up (seed-city), killed after <paramref name="limit"/>.</summary>
    public static async Task<Outcome> RunAsync(
        TimeSpan limit, string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"BotHost did not exit within {limit.TotalSeconds:F0} s; output so far: {await output}");
        }

        return new Outcome(process.ExitCode, await output, await error);
    }

    /// <summary>A loopback port nothing listens on.</summary>
    public static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
