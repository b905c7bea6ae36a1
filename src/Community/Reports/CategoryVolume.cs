using BuildingBot.Community.Categories;

namespace BuildingBot.Community.Reports;

/// <summary>Orders reported in the period in one category.</summary>
public sealed record CategoryVolume(ProblemCategory Category, int Count);
