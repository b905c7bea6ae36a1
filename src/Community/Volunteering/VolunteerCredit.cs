using BuildingBot.Community.People;

namespace BuildingBot.Community.Volunteering;

/// <summary>
/// Volunteer hours and points (积分, the 时间银行 ledger) earned at one occurrence of a volunteer day, or for one confirmed
/// 邻里互助 post; (occurrence, resident) and (help post, resident) are unique.
/// </summary>
public sealed class VolunteerCredit
{
    public int Id { get; set; }

    public int? OccurrenceId { get; set; }

    /// <summary>The 邻里互助 post the help was given for (then there is no occurrence).</summary>
    public int? HelpPostId { get; set; }

    public int ResidentId { get; set; }

    public Resident? Resident { get; set; }

    public double Hours { get; set; }

    public int Points { get; set; }

    public DateTimeOffset CreditedAt { get; set; }
}
