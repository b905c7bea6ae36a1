using System.Linq.Expressions;
using BuildingBot.Community.Outbox;
using BuildingBot.Community.Queueing;

namespace BuildingBot.BotHost.Admin;

/// <summary>Reads <see cref="OutboxDeliveryState"/> from a query string and applies it to outbox rows, at a given moment.</summary>
internal static class OutboxDeliveryStates
{
    public static string Names => string.Join(", ", Enum.GetNames<OutboxDeliveryState>());

    /// <summary>A state by its name (any case); null, with a problem added, for anything else (numbers included).</summary>
    public static OutboxDeliveryState? Read(string? text, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (!char.IsAsciiDigit(text[0]) && Enum.TryParse<OutboxDeliveryState>(text, ignoreCase: true, out var state) && Enum.IsDefined(state))
        {
            return state;
        }

        problems.Add($"state must be one of {Names}.");
        return null;
    }

    public static OutboxDeliveryState Of(OutboxMessage row, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.State switch
        {
            QueueState.Done => OutboxDeliveryState.Done,
            QueueState.DeadLettered => OutboxDeliveryState.DeadLettered,
            _ when row.LockedUntil is { } until && until > now => OutboxDeliveryState.InProgress,
            _ => OutboxDeliveryState.Pending,
        };
    }

    public static Expression<Func<OutboxMessage, bool>> Is(OutboxDeliveryState state, DateTimeOffset now) => state switch
    {
        OutboxDeliveryState.Done => m => m.State == QueueState.Done,
        OutboxDeliveryState.DeadLettered => m => m.State == QueueState.DeadLettered,
        OutboxDeliveryState.InProgress => m => m.State == QueueState.Pending && m.LockedUntil != null && m.LockedUntil > now,
        _ => m => m.State == QueueState.Pending && (m.LockedUntil == null || m.LockedUntil <= now),
    };
}
