namespace BuildingBot.Community.Volunteering;

/// <summary>A volunteer's place: confirmed within capacity, waiting in line, or cancelled.</summary>
public enum SignUpStatus
{
    Confirmed,
    Waiting,
    Cancelled,
}
