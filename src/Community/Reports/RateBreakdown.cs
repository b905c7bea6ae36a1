namespace BuildingBot.Community.Reports;

/// <summary>What the 三率 are broken down by: the order's grid, its assignee (承办网格员), or its category.</summary>
public enum RateBreakdown
{
    Grid,
    Member,
    Category,
}
