using BuildingBot.Community.Policies;

namespace BuildingBot.Dialogs.Policies;

/// <summary>A policy that matches a question: its version in force, the score, and the passage to quote.</summary>
public sealed record PolicyHit(PolicyInForce Policy, double Score, string Passage);
