namespace BuildingBot.Community.Reports;

/// <summary>
/// The 三率 and the orders reported for one key of a <see cref="RateBreakdown"/>: a grid id, a grid member id, or a
/// <see cref="Categories.ProblemCategory"/> as its number; <paramref name="Key"/> null is "none" (no grid, not assigned).
/// <paramref name="Name"/> is the grid's or member's name (null for categories, rendered by the caller).
/// </summary>
public sealed record RateRow(int? Key, string? Name, RateFigure TimelyAcceptance, RateFigure OnTimeResolution, RateFigure Satisfaction, int Reported);
