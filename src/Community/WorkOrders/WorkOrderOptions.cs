using BuildingBot.Community.Categories;

namespace BuildingBot.Community.WorkOrders;

/// <summary>
/// Deadlines and follow-up windows (section <c>WorkOrders</c>). Defaults follow Chinese hotline practice:
/// urgent — accept within 30 minutes, resolve within 24 hours; normal — accept within 2 hours, resolve
/// within 5 days; complex — resolve within 15 days.
/// </summary>
public sealed class WorkOrderOptions
{
    public const string Section = "WorkOrders";

    public DeadlineSettings Urgent { get; set; } = new() { Accept = TimeSpan.FromMinutes(30), Resolve = TimeSpan.FromHours(24) };

    public DeadlineSettings Normal { get; set; } = new() { Accept = TimeSpan.FromHours(2), Resolve = TimeSpan.FromDays(5) };

    public DeadlineSettings Complex { get; set; } = new() { Accept = TimeSpan.FromHours(2), Resolve = TimeSpan.FromDays(15) };

    /// <summary>Categories whose normal orders get the complex deadlines.</summary>
    public List<ProblemCategory> ComplexCategories { get; set; } = [ProblemCategory.NeighbourDispute];

    /// <summary>The assignee is reminded when this share of a deadline has passed.</summary>
    public double ReminderAt { get; set; } = 0.8;

    /// <summary>A resolved order nobody rates is closed as unrated after this.</summary>
    public TimeSpan RatingWindow { get; set; } = TimeSpan.FromDays(3);

    /// <summary>How far back a new report is compared with open orders for duplicates.</summary>
    public TimeSpan DuplicateWindow { get; set; } = TimeSpan.FromHours(72);

    /// <summary>Community staff alerted about queued orders and second-level escalations ("Simulator:sim-x" or "WeCom:userid").</summary>
    public List<string> AdminUsers { get; set; } = [];

    public DeadlineSettings For(ProblemCategory category, Urgency urgency) =>
        urgency != Urgency.Normal ? Urgent : ComplexCategories.Contains(category) ? Complex : Normal;
}
