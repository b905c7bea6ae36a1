using BuildingBot.Community.Policies;

namespace BuildingBot.Dialogs.Policies;

/// <summary>
/// A policy that matches a question: its version in force, the BM25 score, the share of the question's
/// words it contains, and the passage to quote.
/// </summary>
public sealed record PolicyHit(PolicyInForce Policy, double Score, double Coverage, string Passage)
{
    /// <summary>
    /// What hits are ordered by: the BM25 <see cref="Score"/> weighted by how much of what is particular to the question the
    /// policy holds (half as much again at most). BM25 alone lets a policy that repeats the question's common words (杭州,
    /// 身份证 in a residence-permit text) outrank the one that holds its particular words (到期, 换领). On the training
    /// questions this puts the right policy first 523 times of 564 instead of 517 (PolicyScopeTests).
    /// </summary>
    public double Rank => Score * (0.5 + Distinctive);

    /// <summary>The lowest BM25 score offered at all: below it one common word is all the question and policy share.</summary>
    public const double MinimumScore = 2.5;

    /// <summary>The least share of the question's words (and everyday expressions) a policy answered without asking must hold.</summary>
    public const double ConfidentCoverage = 0.65;

    /// <summary>The least share of the question's distinctive weight the policy must hold (see <see cref="Distinctive"/>).</summary>
    public const double MinimumDistinctive = 0.15;

    /// <summary>
    /// The least share of the question's distinctive weight a policy answered without asking must hold: most of what is
    /// particular to the question, not only most of its words (新生儿医保怎么参保 shares 医保 and 参保 with a policy on
    /// seeing a doctor elsewhere in the province, but not 新生儿, which weighs most).
    /// </summary>
    public const double ConfidentDistinctive = 0.6;

    /// <summary>
    /// Trusted enough to answer without asking: <see cref="IsPlausible"/>, and the policy holds most of what the question
    /// says (<see cref="Coverage"/> ≥ <see cref="ConfidentCoverage"/>; the words that only set the scene, 老伴 or 几次, do not count)
    /// and most of what is particular to it (<see cref="Distinctive"/> ≥ <see cref="ConfidentDistinctive"/>), and, when the
    /// question asks for a figure, states one of that kind (<see cref="StatesAskedFigure"/>), and is not for a group of people
    /// the question does not name (<see cref="Presumed"/>), and the question names no other region beside the policy's
    /// (<see cref="AnotherRegionNamed"/>), and the text speaks of the kind of case asked about (<see cref="LeavesOutAskedCase"/>).
    /// Out-of-scope questions are written to sound close (a subsidy the base does not have, another district's canteen), and
    /// no word-matching measure separates all of them from paraphrased in-scope questions; these thresholds are the most
    /// in-scope questions answered with none of corpus/policy-scope/train answered (PolicyScopeTests reports both, and
    /// the held-out figures).
    /// </summary>
    public bool IsConfident => IsPlausible && Coverage >= ConfidentCoverage && Distinctive >= ConfidentDistinctive && StatesAskedFigure && !Presumed && !AnotherRegionNamed && !LeavesOutAskedCase;

    /// <summary>
    /// Worth offering as a guess (您问的是不是《…》？), never as an answer: a fair <see cref="Score"/>, the policy holds at
    /// least <see cref="MinimumDistinctive"/> of what is particular to the question (a question about something the base
    /// does not have shares only generic words and stays below), its title names something the question asks about
    /// (<see cref="Subject"/>: a policy that only mentions 条件 in passing is no guess for 低保的条件), not
    /// <see cref="OtherRegion"/> (成都 is not answered by 杭州), not <see cref="Conflicting"/> (幼儿园 is not 义务教育).
    /// </summary>
    public bool IsPlausible => Score >= MinimumScore && Distinctive >= MinimumDistinctive && Subject > 0 && !OtherRegion && !Conflicting;

    /// <summary>
    /// The share of the question's distinctive weight this policy holds: each word of the question weighs its IDF over the
    /// policy base (a word no policy has weighs as much as one only a single policy has), and counts as held when the
    /// policy has the word or every character of it (失业金 in 失业保险金).
    /// </summary>
    public double Distinctive { get; init; }

    /// <summary>
    /// The share of the question's distinctive weight the policy's title holds, places aside (杭州 in the title says where,
    /// not what): what the policy is about, not what it mentions.
    /// </summary>
    public double Subject { get; init; }

    /// <summary>The question names a place, and this policy is for a region neither within it nor containing it (nor national).</summary>
    public bool OtherRegion { get; init; }

    /// <summary>
    /// The policy is for a region the question names, and the question holds it up against another region outside it
    /// (上海可以家庭共济，浙江也能吗; 有没有像江苏那样的见习补贴): whether it asks about the policy's region or the other is
    /// not for word matching to decide, so the policy is offered, not answered. A question that only names where the
    /// asker sets off from (从杭州回阜阳) compares nothing. So does an unnamed place elsewhere (父母在外省参保…在外省就医也能用吗)
    /// when the policy's text does not speak of people or things from elsewhere (跨省, 外省市号牌, 非杭州户籍).
    /// </summary>
    public bool AnotherRegionNamed { get; init; }

    /// <summary>
    /// The question asks for no figure, or the policy states one of the kind asked (<see cref="AskedQuantity"/>): a text
    /// without any amount does not answer 缴费基数是多少, however many words it shares with it.
    /// </summary>
    public bool StatesAskedFigure { get; init; } = true;

    /// <summary>
    /// The policy is for a group of people (随迁子女, 高龄老人) the question does not say it is about
    /// (<see cref="ConflictingConcepts.Presumes"/>): a guess to offer, not an answer.
    /// </summary>
    public bool Presumed { get; init; }

    /// <summary>
    /// The question asks about a kind of case rules often treat apart (新能源车, 网约车) that the policy's text does not speak
    /// of (<see cref="ConflictingConcepts.LeavesOutAskedCase"/>): a guess to offer, not an answer.
    /// </summary>
    public bool LeavesOutAskedCase { get; init; }

    /// <summary>The question and this policy are about different members of one group of things (<see cref="ConflictingConcepts"/>).</summary>
    public bool Conflicting { get; init; }
}
