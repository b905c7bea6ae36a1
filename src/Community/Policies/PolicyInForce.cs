using BuildingBot.Community.Regions;

namespace BuildingBot.Community.Policies;

/// <summary>A policy's version in force on a date, with the region it applies to.</summary>
public sealed record PolicyInForce(Policy Policy, PolicyVersion Version, Region Region);
