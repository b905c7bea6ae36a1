using Microsoft.Extensions.Logging;

namespace BuildingBot.Community.Queueing;

internal static partial class QueueLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "Queue {Queue}: item {Id} to {Target} dead-lettered after {Attempts} attempts: {Error}")]
    public static partial void DeadLettered(ILogger logger, string queue, long id, string target, int attempts, string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queue {Queue}: item {Id} to {Target} has no destination and was dead-lettered: {Error}")]
    public static partial void Undeliverable(ILogger logger, string queue, long id, string target, string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queue {Queue}: item {Id} attempt {Attempts} failed, retrying at {NextAttemptAt:O}: {Error}")]
    public static partial void Retrying(ILogger logger, string queue, long id, int attempts, DateTimeOffset nextAttemptAt, string? error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Queue {Queue}: the handler of item {Id} threw")]
    public static partial void HandlerThrew(ILogger logger, Exception exception, string queue, long id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queue {Queue}: item {Id} was taken over by another worker before this one finished; its result was not saved")]
    public static partial void LeaseLost(ILogger logger, string queue, long id);

    [LoggerMessage(Level = LogLevel.Error, Message = "Queue {Queue}: claiming or saving failed; retrying at the next poll")]
    public static partial void LoopFailed(ILogger logger, Exception exception, string queue);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queue {Queue}: renewing the lease of {Count} items failed")]
    public static partial void RenewFailed(ILogger logger, Exception exception, string queue, int count);
}
