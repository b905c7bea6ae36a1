namespace BuildingBot.BotHost.Startup;

/// <summary>Prints the one clear line an operator needs, and the exit code.</summary>
internal static class StartupFailure
{
    public const int ExitCode = 1;

    public static int Report(Exception exception)
    {
        Console.Error.WriteLine($"BuildingBot could not start: {exception.Message}");
        return ExitCode;
    }
}
