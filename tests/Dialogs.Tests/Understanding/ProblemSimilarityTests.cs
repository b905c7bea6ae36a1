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
    /// The floor this version reaches on the held-out pairs: 200 pairs written afresh on 2026-12-02 by two independent
    /// writers who saw neither the code nor the corpus, one voice each (residents of old walk-ups without lifts, retired
    /// workers writing plainly about stairwells, roof tanks, old wiring and shared drains; young professionals in new
    /// high-rises writing precisely, with brand names and English, about smart locks, gates, chargers and lockers), never
    /// read while tuning. Measured first with the similarity as it stood: precision 85 % (88/103), recall 88 % (88/100).
    /// Measured a second time after a report that names nothing the other does not was taken for the same problem told
    /// more vaguely (<see cref="ProblemFeatures.TellsMoreVaguely"/>; found on a dialog test, 3幢电梯又坏了 against
    /// 3幢升降梯又停运了, which the model alone scored 0.04–0.64) and the threshold chosen out of voice again (0.75):
    /// precision 88 % (83/94), recall 83 % (83/100); train, in-sample: 92 %, 83 %. The set before it (northern dialect; storytellers against terse neighbours; now in
    /// train/) reached 86 % / 76 % with the similarity before the length of the shorter report was a feature, and 89.8 % /
    /// 79 % and 88.8 % / 79 % after. Issue 19 asks for precision 90 % and recall 80 %: recall is met on this set, precision
    /// is not (by about two pairs judged the same that are not); these asserts are the floors of the second measurement.
    /// </summary>
    [Fact]
    public void IsSameProblem_KeepsItsPrecisionAndRecall_OnTheHeldOutPairs()
    {
        var train = Measure("train");
        var heldout = Measure("heldout");

        Console.WriteLine($"duplicate reports: train {train}; held-out {heldout}");
        Assert.True(heldout.Pairs >= 100, $"the held-out set has {heldout.Pairs} pairs");
        Assert.True(heldout.Precision >= 0.88, $"held-out {heldout}");
        Assert.True(heldout.Recall >= 0.83, $"held-out {heldout}");
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

    /// <summary>
    /// What a fault does to a person (我妈下不了楼) is context: it neither agrees nor disagrees with the other report's fault.
    /// A bare 坏了 names no fault at all (the thesaurus leaves such generic words out), so that report is judged on the lift
    /// and the building alone, with or without the context.
    /// </summary>
    [Fact]
    public void Score_DoesNotWeighWhatTheFaultDoesToAPerson_AgainstTheFault()
    {
        const string Other = "3幢升降梯又停运了，按了好久都没反应";
        Assert.True(Similarity.IsSameProblem("3幢电梯又停了，我妈下不了楼", Other), $"{Similarity.Score("3幢电梯又停了，我妈下不了楼", Other):0.00}");
        Assert.True(Similarity.Score("3幢电梯又坏了，我妈下不了楼", Other) >= Similarity.Score("3幢电梯又坏了", Other) - 0.01,
            $"{Similarity.Score("3幢电梯又坏了，我妈下不了楼", Other):0.00} against {Similarity.Score("3幢电梯又坏了", Other):0.00}");
        Assert.False(Similarity.IsSameProblem("7幢电梯停了，我妈下不了楼", "7幢电梯按钮失灵，按了不亮"));
    }

    [Theory]
    [InlineData("3幢2单元电梯坏了", "3幢电梯坏了")]
    [InlineData("3幢2单元501电梯坏了，门口按钮没反应，很急", "3幢电梯坏了，门口按钮没反应，别打电话")]
    [InlineData("5楼楼道灯不亮了", "楼道灯不亮了，黑乎乎的")]
    public void IsSameProblem_IsTrue_WhenOneReportAddsWhereTheOtherLeavesOut(string first, string second) =>
        Assert.True(Similarity.IsSameProblem(first, second), $"{Similarity.Score(first, second):0.00}");

    /// <summary>A report that names nothing the other does not is the same problem told more vaguely; one that names another fault is not.</summary>
    [Theory]
    [InlineData("3幢电梯又坏了", "3幢升降梯又坏了，按了好久都没反应", true)]
    [InlineData("3幢电梯又坏了，我妈下不了楼，很急", "3幢的升降梯又停运了，我爸也下不了楼", true)]
    [InlineData("5楼楼道灯不亮", "楼道灯坏了", true)]
    [InlineData("3幢电梯门关不上", "3幢电梯按钮按了不亮", false)]
    public void IsSameProblem_TakesAVaguerTellingOfTheSameThing_ForTheSameProblem(string first, string second, bool same) =>
        Assert.True(Similarity.IsSameProblem(first, second) == same, $"{Similarity.Score(first, second):0.00}");

    [Fact]
    public void IsSameProblem_ReadsTraditionalCharacters()
    {
        Assert.True(Similarity.IsSameProblem("電梯卡在7樓不動了", "电梯停在七楼了"), $"{Similarity.Score("電梯卡在7樓不動了", "电梯停在七楼了"):0.00}");
    }

    private static DuplicateFigures Measure(string split) =>
        DuplicateFigures.Of(DuplicatePair.ReadPath(RepositoryFiles.Path($"corpus/duplicates/{split}"))
            .Select(p => (p.Same, Similarity.IsSameProblem(p.First, p.Second))));
}
