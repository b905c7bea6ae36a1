using Cronos;

namespace BuildingBot.Community.Broadcasts;

/// <summary>When a broadcast's occurrences fall: its one moment, or its cron expression's occurrences in its time zone.</summary>
public static class BroadcastSchedule
{
    public static bool TryParseCron(string? text, out CronExpression? cron)
    {
        cron = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        try
        {
            cron = CronExpression.Parse(text.Trim());
            return true;
        }
        catch (CronFormatException)
        {
            return false;
        }
    }

    /// <summary>Occurrences after <paramref name="after"/> up to and including <paramref name="until"/>, oldest first (at most 1,000).</summary>
    public static IReadOnlyList<DateTimeOffset> Between(Broadcast broadcast, DateTimeOffset after, DateTimeOffset until)
    {
        ArgumentNullException.ThrowIfNull(broadcast);
        if (broadcast.Cron is null)
        {
            return broadcast.SendAt is { } at && at > after && at <= until ? [at] : [];
        }

        // An occurrence sent early (staff's "send now") is handled already: nothing is due before its time.
        if (after >= until || !TryParseCron(broadcast.Cron, out var cron))
        {
            return [];
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(broadcast.TimeZone);
        return cron!.GetOccurrences(after, until, zone, fromInclusive: false, toInclusive: true).Take(1000).ToList();
    }

    /// <summary>The next occurrence after <paramref name="after"/>, if any.</summary>
    public static DateTimeOffset? Next(Broadcast broadcast, DateTimeOffset after)
    {
        ArgumentNullException.ThrowIfNull(broadcast);
        if (broadcast.Cron is null)
        {
            return broadcast.SendAt > after ? broadcast.SendAt : null;
        }

        return TryParseCron(broadcast.Cron, out var cron)
            ? cron!.GetNextOccurrence(after, TimeZoneInfo.FindSystemTimeZoneById(broadcast.TimeZone))
            : null;
    }
}
