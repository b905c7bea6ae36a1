using BuildingBot.Dialogs.Understanding;
using BuildingBot.TestSupport;
using CsCheck;

namespace BuildingBot.Dialogs.Tests.Understanding;

/// <summary>
/// What any report must satisfy, whatever its words: it is the same problem as itself, and as itself told again with an
/// urgency or call phrase, other punctuation or its clauses in another order, as a neighbour repeating it would.
/// The reports are every report of corpus/duplicates/train.
/// </summary>
public class ProblemSimilarityPropertyTests
{
    private static readonly ProblemSimilarity Similarity = new();

    private static readonly string[] Reports = DuplicatePair.ReadPath(RepositoryFiles.Path("corpus/duplicates/train"))
        .SelectMany(p => new[] { p.First, p.Second }).Distinct(StringComparer.Ordinal).ToArray();

    private static readonly Gen<string> Report = Gen.OneOf(Reports);

    private static readonly Gen<string> Aside = Gen.OneOf(
        "很急", "，很急", "，很急，别打电话", "。麻烦尽快", "，麻烦尽快处理一下", "！！", "，可以打我电话", "，谢谢", "，急急急", "，不着急", " +1");

    [Fact]
    public void IsSameProblem_IsTrue_ForAnyReportAndItself() =>
        Report.Sample(r => Similarity.IsSameProblem(r, r), iter: Reports.Length);

    [Fact]
    public void IsSameProblem_IsTrue_ForAnyReportAndItselfWithAnAside() =>
        Gen.Select(Report, Aside, Gen.Bool).Sample(
            (r, aside, before) => Similarity.IsSameProblem(r, before ? aside.TrimStart('，', '。', ' ') + "，" + r : r + aside),
            iter: 2 * Reports.Length);

    [Fact]
    public void IsSameProblem_IsTrue_ForAnyReportAndItsClausesReordered() =>
        Report.Where(r => r.Contains('，', StringComparison.Ordinal)).Sample(
            r => Similarity.IsSameProblem(r, string.Join('，', r.Split('，').Reverse())),
            iter: Reports.Length);
}
