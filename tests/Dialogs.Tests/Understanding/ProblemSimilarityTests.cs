using BuildingBot.Dialogs.Understanding;
using BuildingBot.TestSupport;

namespace BuildingBot.Dialogs.Tests.Understanding;

/// <summary>
/// "Same problem" on labelled pairs of reports from one building and category (corpus/duplicates): tuned on train/,
/// gated on heldout/, which no one tunes on.
/// </summary>
public class ProblemSimilarityTests
{
    private static readonly ProblemSimilarity Similarity = new();

    /// <summary>
    /// The floor this version reaches (held-out: precision 80 %, recall 64 %; train: 78 %, 67 %; the 0.25 character-bigram Dice it
    /// replaces found almost none of the reworded pairs). Issue 19 asks for precision 90 % and recall 80 %: not met yet.
    /// </summary>
    [Fact]
    public void IsSameProblem_KeepsItsPrecisionAndRecall_OnTheHeldOutPairs()
    {
        var train = Measure("train");
        var heldout = Measure("heldout");

        Console.WriteLine($"duplicate reports: train {train}; held-out {heldout}");
        Assert.True(heldout.Pairs >= 100, $"the held-out set has {heldout.Pairs} pairs");
        Assert.True(heldout.Precision >= 0.78, $"held-out {heldout}");
        Assert.True(heldout.Recall >= 0.62, $"held-out {heldout}");
    }

    [Theory]
    [InlineData("3楼楼道灯坏了", "8楼楼道灯坏了")]
    [InlineData("左边那部电梯停了", "右边那部电梯不动了")]
    [InlineData("2单元门禁坏了", "3单元门禁坏了")]
    [InlineData("楼道灯坏了", "电梯里的灯坏了")]
    public void IsSameProblem_IsFalse_WhenTheReportsNameDifferentPlaces(string first, string second) =>
        Assert.False(Similarity.IsSameProblem(first, second), $"{Similarity.Score(first, second):0.00}");

    [Fact]
    public void IsSameProblem_ReadsTraditionalCharacters()
    {
        Assert.True(Similarity.IsSameProblem("電梯卡在7樓不動了", "电梯停在七楼了"), $"{Similarity.Score("電梯卡在7樓不動了", "电梯停在七楼了"):0.00}");
    }

    private static Figures Measure(string split)
    {
        var pairs = Directory.GetFiles(RepositoryFiles.Path($"corpus/duplicates/{split}"), "*.tsv")
            .SelectMany(File.ReadAllLines)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(p => (Same: p[0] == "same", First: p[2], Second: p[3]))
            .ToList();
        var predicted = pairs.Select(p => (p.Same, Said: Similarity.IsSameProblem(p.First, p.Second))).ToList();
        return new Figures(
            pairs.Count,
            predicted.Count(p => p.Same && p.Said),
            predicted.Count(p => !p.Same && p.Said),
            predicted.Count(p => p.Same && !p.Said));
    }

    private sealed record Figures(int Pairs, int TruePositives, int FalsePositives, int FalseNegatives)
    {
        public double Precision => TruePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

        public double Recall => TruePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

        public override string ToString() =>
            $"{Pairs} pairs, precision {Precision:P0} ({TruePositives}/{TruePositives + FalsePositives}), recall {Recall:P0} ({TruePositives}/{TruePositives + FalseNegatives})";
    }
}
