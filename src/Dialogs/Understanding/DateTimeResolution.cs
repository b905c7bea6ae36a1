namespace BuildingBot.Dialogs.Understanding;

/// <summary>A date, and a time of day when one was said, resolved in the community's time zone.</summary>
public sealed record DateTimeResolution(DateOnly Date, TimeOnly? Time, DateTimeOffset Value)
{
    public bool HasTime => Time is not null;
}
