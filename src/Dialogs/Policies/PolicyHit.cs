using BuildingBot.Community.Policies;

namespace BuildingBot.Dialogs.Policies;

/// <summary>
/// A policy that matches a question: its version in force, the BM25 score, the share of the question's
/// words it contains, and the passage to quote.
/// </summary>
public sealed record PolicyHit(PolicyInForce Policy, double Score, double Coverage, string Passage)
{
    /// <summary>
    /// Trusted enough to answer: a strong score, or a fair one that covers most of the question. Measured on
    /// the labelled questions: about 95% of right answers pass, and off-topic questions that share one
    /// generic word with a policy (证明, 条件) do not.
    /// </summary>
    public bool IsConfident => Score >= 4.0 || (Score >= 2.5 && Coverage >= 0.6);
}
