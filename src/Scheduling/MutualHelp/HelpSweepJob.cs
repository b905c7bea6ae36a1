using BuildingBot.Community.MutualHelp;
using Microsoft.Extensions.Logging;

namespace BuildingBot.Scheduling.MutualHelp;

/// <summary>
/// Every 15 minutes: 邻里互助 posts past their time with nobody accepted expire (the poster is told), and the askers of
/// matched posts past the time asked for get a 已经帮好了 button. Each post keeps its state, so a repeated run does nothing more.
/// </summary>
public sealed partial class HelpSweepJob(HelpService help, ILogger<HelpSweepJob> logger)
{
    public const string JobId = "mutual-help:sweep";

    public const string Cron = "*/15 * * * *";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var (expired, asked) = await help.SweepAsync(cancellationToken).ConfigureAwait(false);
        LogSwept(expired, asked);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Mutual help sweep: {Expired} posts expired, {Asked} askers asked to confirm")]
    private partial void LogSwept(int expired, int asked);
}
