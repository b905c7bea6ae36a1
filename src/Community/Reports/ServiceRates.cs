namespace BuildingBot.Community.Reports;

/// <summary>The 三率 of a period and scope, with the volumes behind them; see <see cref="ServiceRateQuery"/> for the definitions.</summary>
public sealed record ServiceRates(
    RateFigure TimelyAcceptance,
    RateFigure OnTimeResolution,
    RateFigure Satisfaction,
    int Reported,
    IReadOnlyList<CategoryVolume> ByCategory,
    IReadOnlyList<GridVolume> ByGrid);
