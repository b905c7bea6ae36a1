using BuildingBot.Community.Policies;

namespace BuildingBot.Dialogs.Policies;

/// <summary>
/// A policy that matches a question: its version in force, the BM25 score, the share of the question's
/// words it contains, and the passage to quote.
/// </summary>
public sealed record PolicyHit(PolicyInForce Policy, double Score, double Coverage, string Passage)
{
    /// <summary>The lowest BM25 score answered: below it one common word is all the question and policy share.</summary>
    public const double MinimumScore = 2.5;

    /// <summary>The least share of the question's distinctive weight the policy must hold (see <see cref="Distinctive"/>).</summary>
    public const double MinimumDistinctive = 0.33;

    /// <summary>A score this strong (several rare words in common) may hold a little less of the question.</summary>
    public const double StrongScore = 15;

    /// <summary>The least distinctive share with a <see cref="StrongScore"/>.</summary>
    public const double MinimumDistinctiveWhenStrong = 0.28;

    /// <summary>
    /// Trusted enough to answer — this policy really answers the question — when all four hold:
    /// <list type="number">
    /// <item>a strong <see cref="Score"/> (≥ 4), or a fair one (≥ <see cref="MinimumScore"/>) with most of the question's words
    /// (<see cref="Coverage"/> ≥ 0.6): short questions that share one word with a policy (低保…条件) are not answered;</item>
    /// <item><see cref="Distinctive"/> ≥ <see cref="MinimumDistinctive"/> (≥ <see cref="MinimumDistinctiveWhenStrong"/> with a
    /// score ≥ <see cref="StrongScore"/>): the policy holds about a third of what is particular to the question; a question
    /// about something the base does not have (换空调的补贴, 公积金, 护照) shares only generic words (补贴, 申请, 杭州, 材料) with
    /// its best hit and stays below;</item>
    /// <item>not <see cref="OtherRegion"/>: a question naming 成都 or 广州 is not answered by a policy of 杭州 or 深圳;</item>
    /// <item>not <see cref="Conflicting"/>: a question about 幼儿园 is not answered by a policy about 义务教育.</item>
    /// </list>
    /// BM25 score and plain word coverage alone could not tell a paraphrase from another subject: the off-topic
    /// questions written for this (corpus/policy-scope/train) reach scores of 10 and more on generic words. A margin
    /// between the first and second hit was measured too and did not separate them. Calibrated on the labelled
    /// questions and corpus/policy-scope/train; the gate is corpus/policy-scope/heldout (PolicyScopeTests).
    /// </summary>
    public bool IsConfident => (Score >= 4.0 || (Score >= MinimumScore && Coverage >= 0.6)) && !OtherRegion && !Conflicting
        && (Distinctive >= MinimumDistinctive || (Score >= StrongScore && Distinctive >= MinimumDistinctiveWhenStrong));

    /// <summary>
    /// The share of the question's distinctive weight this policy holds: each word of the question weighs its IDF over the
    /// policy base (a word no policy has weighs as much as one only a single policy has), and counts as held when the
    /// policy has the word or every character of it (失业金 in 失业保险金).
    /// </summary>
    public double Distinctive { get; init; }

    /// <summary>The question names a place, and this policy is for a region neither within it nor containing it (nor national).</summary>
    public bool OtherRegion { get; init; }

    /// <summary>The question and this policy are about different members of one group of things (<see cref="ConflictingConcepts"/>).</summary>
    public bool Conflicting { get; init; }
}
