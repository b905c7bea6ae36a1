using BuildingBot.Community.Governance;
using Microsoft.Extensions.Logging;

namespace BuildingBot.Scheduling.Governance;

/// <summary>
/// Every five minutes: closes the owners' votes whose deadline has passed and records 决议 from the count, so a vote ends
/// on time without anyone pressing 截止计票. Staff then publish the resolution from the console (决议公开). Closing is
/// idempotent: a vote already closed is left alone.
/// </summary>
public sealed partial class VoteCloseJob(MatterService matters, ILogger<VoteCloseJob> logger)
{
    public const string JobId = "governance:vote-close";

    public const string Cron = "*/5 * * * *";

    /// <summary>Who closed it, as the matter's 决议 step records it.</summary>
    public const string ClosedBy = "系统（截止自动计票）";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var number in await matters.CloseDueVotesAsync(ClosedBy, cancellationToken).ConfigureAwait(false))
        {
            LogClosed(number);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Closed the owners' vote on matter {Number} at its deadline")]
    private partial void LogClosed(string number);
}
