using BuildingBot.Community.Understanding;
using Microsoft.Extensions.Logging;

namespace BuildingBot.Scheduling.Housekeeping;

/// <summary>
/// Daily: keeps the misunderstood messages kept for review bounded (by default 90 days and 10,000 rows,
/// <see cref="UnresolvedOptions"/>); labelled ones have their line in the corpus file already.
/// </summary>
public sealed partial class UnresolvedMessagesJob(UnresolvedMessageStore store, TimeProvider clock, ILogger<UnresolvedMessagesJob> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var removed = await store.TrimAsync(clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        LogTrimmed(removed);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Housekeeping removed {Removed} old unresolved messages")]
    private partial void LogTrimmed(int removed);
}
