namespace BuildingBot.Scheduling.Volunteering;

/// <summary>
/// One step the runner took for a date of an activity: <c>announce</c>, <c>day-reminder</c>, <c>hour-reminder</c> or
/// <c>summary</c>, with the messages it queued; <paramref name="Skipped"/> when its moment had passed (marked done, nothing sent).
/// </summary>
public sealed record ActivityStep(int OccurrenceId, DateTimeOffset StartsAt, string Kind, int Messages, bool Skipped = false);
