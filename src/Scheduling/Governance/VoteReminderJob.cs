using BuildingBot.Community.Governance;
using Microsoft.Extensions.Logging;

namespace BuildingBot.Scheduling.Governance;

/// <summary>
/// Daily: reminds the households that have not voted on each open owners' vote, privately. The matter keeps the day of
/// its last reminder, so a retried or repeated run the same day sends nothing more.
/// </summary>
public sealed partial class VoteReminderJob(MatterService matters, ILogger<VoteReminderJob> logger)
{
    public const string JobId = "governance:vote-reminders";

    /// <summary>10:00 in the community's time zone.</summary>
    public const string Cron = "0 10 * * *";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var reminded = await matters.RemindAsync(cancellationToken).ConfigureAwait(false);
        LogReminded(reminded);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminded the households that have not voted on {Matters} open votes")]
    private partial void LogReminded(int matters);
}
