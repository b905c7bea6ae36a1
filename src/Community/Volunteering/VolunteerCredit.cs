using BuildingBot.Community.People;

namespace BuildingBot.Community.Volunteering;

/// <summary>Volunteer hours and points (积分) earned at one occurrence; (occurrence, resident) is unique.</summary>
public sealed class VolunteerCredit
{
    public int Id { get; set; }

    public int OccurrenceId { get; set; }

    public int ResidentId { get; set; }

    public Resident? Resident { get; set; }

    public double Hours { get; set; }

    public int Points { get; set; }

    public DateTimeOffset CreditedAt { get; set; }
}
