using BuildingBot.Community.People;

namespace BuildingBot.Community.Volunteering;

/// <summary>报名: one resident for one occurrence (unique), in the order they signed up.</summary>
public sealed class VolunteerSignUp
{
    public int Id { get; set; }

    public int OccurrenceId { get; set; }

    public int ResidentId { get; set; }

    public Resident? Resident { get; set; }

    public SignUpStatus Status { get; set; }

    public int Sequence { get; set; }

    public DateTimeOffset SignedUpAt { get; set; }

    public DateTimeOffset? CheckedInAt { get; set; }
}
