using BuildingBot.Dialogs.Understanding;
using BuildingBot.TestSupport;

namespace BuildingBot.Dialogs.Tests.Understanding;

/// <summary>
/// "Same problem" on labelled pairs of reports from one building and category (corpus/duplicates): the model is fitted on
/// train/ (so its figures there are in-sample), gated on heldout/, written by independent writers and never read while tuning.
/// </summary>
public class ProblemSimilarityTests
{
    private static readonly ProblemSimilarity Similarity = new();

    /// <summary>
    /// The floor this version reaches on the held-out pairs: 180 pairs written afresh on 2026-11-30 by two independent
    /// writers (retired teachers, shopkeepers and parents). First measured once after tuning, at threshold 0.50: precision
    /// 90 % (56/62), recall 62 % (56/90). Then two more training voices were written afresh (caregivers, tradespeople), the
    /// thesaurus learnt the words of their misses (train only), and the threshold was chosen out of voice for 85 % recall
    /// (0.45, see <see cref="ProblemSimilarityCrossValidationTests"/>); measured a second time: precision 88 % (67/76),
    /// recall 74 % (67/90); and a third, after the rule that a room the problem is told from (601楼上) is no place:
    /// 88 % (68/77), 76 % (68/90) when run alone, 88 % (67/76), 74 % (67/90) in the whole suite: jieba.NET keeps one
    /// dictionary per process, each <see cref="Segmenter"/> adds its domain words to it again (raising its total count),
    /// and so how a few reports are cut depends on how many segmenters the tests before built;
    /// train, in-sample: 81 %, 88 %; leave-one-voice-out (13 voices): 80 %, 86 %. Issue 19 asks for
    /// precision 90 % and recall 80 %: neither is met on held-out; these asserts are the measured floors, not the targets.
    /// Missed pairs are mostly rewordings with no word or thesaurus concept in common.
    /// </summary>
    [Fact]
    public void IsSameProblem_KeepsItsPrecisionAndRecall_OnTheHeldOutPairs()
    {
        var train = Measure("train");
        var heldout = Measure("heldout");

        Console.WriteLine($"duplicate reports: train {train}; held-out {heldout}");
        Assert.True(heldout.Pairs >= 100, $"the held-out set has {heldout.Pairs} pairs");
        Assert.True(heldout.Precision >= 0.87, $"held-out {heldout}");
        Assert.True(heldout.Recall >= 0.73, $"held-out {heldout}");
    }

    [Theory]
    [InlineData("3楼楼道灯坏了", "8楼楼道灯坏了")]
    [InlineData("左边那部电梯停了", "右边那部电梯不动了")]
    [InlineData("2单元门禁坏了", "3单元门禁坏了")]
    [InlineData("楼道灯坏了", "电梯里的灯坏了")]
    public void IsSameProblem_IsFalse_WhenTheReportsNameDifferentPlaces(string first, string second) =>
        Assert.False(Similarity.IsSameProblem(first, second), $"{Similarity.Score(first, second):0.00}");

    /// <summary>A leak between two flats told from each: each report names the other's flat, so the rooms do not rule it out.</summary>
    [Theory]
    [InlineData("我住304，楼上404家卫生间往我家渗水，吊顶都黄了", "304说我家漏水到她家卫生间，我家防水是好的啊，物业来看看到底是谁家的问题")]
    [InlineData("卫生间顶上滴水，楼上602管子漏了吧", "楼下502阿姨上来敲门讲她家厕所天花板往下淌水，我们是602，请物业来看看")]
    public void Score_IsNotRuledOutByRooms_WhenALeakIsToldFromTheFlatAboveAndTheFlatBelow(string first, string second) =>
        Assert.True(Similarity.Score(first, second) > 0.2, $"{Similarity.Score(first, second):0.00}");

    [Fact]
    public void IsSameProblem_IsFalse_WhenTwoFlatsReportLeaksFromDifferentFlatsAbove() =>
        Assert.False(Similarity.IsSameProblem("我住304，楼上404卫生间往我家渗水", "我住702，楼上802卫生间往我家渗水"));

    [Fact]
    public void IsSameProblem_ReadsTraditionalCharacters()
    {
        Assert.True(Similarity.IsSameProblem("電梯卡在7樓不動了", "电梯停在七楼了"), $"{Similarity.Score("電梯卡在7樓不動了", "电梯停在七楼了"):0.00}");
    }

    private static DuplicateFigures Measure(string split) =>
        DuplicateFigures.Of(DuplicatePair.ReadPath(RepositoryFiles.Path($"corpus/duplicates/{split}"))
            .Select(p => (p.Same, Similarity.IsSameProblem(p.First, p.Second))));
}
