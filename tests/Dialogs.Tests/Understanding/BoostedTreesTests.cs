using BuildingBot.Dialogs.Understanding;
using Microsoft.ML;

namespace BuildingBot.Dialogs.Tests.Understanding;

public class BoostedTreesTests
{
    private static readonly (List<double[]> Features, List<bool> Labels) Examples = Make(600, seed: 7);

    [Fact]
    public void Probability_IsMlNetsOwnPrediction_ReadFromTheFittedTrees()
    {
        var (trees, model) = BoostedTrees.FitModel(Examples.Features, Examples.Labels);
        var ml = new MLContext(0);
        var engine = ml.Model.CreatePredictionEngine<BoostedTrees.Row, Prediction>(model, inputSchemaDefinition: BoostedTrees.Schema(3));

        foreach (var point in Make(200, seed: 11).Features)
        {
            Assert.Equal(engine.Predict(new BoostedTrees.Row(point)).Probability, trees.Probability(point), 4);
        }
    }

    [Fact]
    public void Probability_LearnsAnInteraction_ThatNoLinearModelCan()
    {
        var trees = BoostedTrees.Fit(Examples.Features, Examples.Labels);
        var (features, labels) = Make(300, seed: 13);

        var right = features.Where((f, i) => trees.Probability(f) >= 0.5 == labels[i]).Count();

        Assert.True(right >= 270, $"{right}/300 right");
    }

    [Fact]
    public void Load_ScoresExactlyAsTheSavedTrees()
    {
        var trees = BoostedTrees.Fit(Examples.Features, Examples.Labels);

        var loaded = BoostedTrees.Load(new MemoryStream(trees.Save()));

        Assert.All(Make(200, seed: 17).Features, point => Assert.Equal(trees.Probability(point), loaded.Probability(point)));
    }

    [Fact]
    public void Load_ThrowsFormatException_WhenTheBytesAreCutShortOfAnotherVersionOrNotTrees()
    {
        var saved = BoostedTrees.Fit(Examples.Features, Examples.Labels).Save();
        var pointsPastItsLeaves = (byte[])saved.Clone();
        // The first tree's first left child (after the version, bias, slope, offset, tree count, weight and array length).
        BitConverter.GetBytes(1_000).CopyTo(pointsPastItsLeaves, (4 + 8 + 8 + 8 + 4 + 8) + 4);

        Assert.Throws<FormatException>(() => BoostedTrees.Load(new MemoryStream(saved[..(saved.Length / 2)])));
        Assert.Throws<FormatException>(() => BoostedTrees.Load(Stream.Null));
        Assert.Throws<FormatException>(() => BoostedTrees.Load(new MemoryStream([.. BitConverter.GetBytes(2), .. saved[4..]])));
        Assert.Throws<FormatException>(() => BoostedTrees.Load(new MemoryStream(pointsPastItsLeaves)));
    }

    /// <summary>Points in the unit cube labelled by an exclusive or of the first two features (the third is noise).</summary>
    private static (List<double[]> Features, List<bool> Labels) Make(int count, int seed)
    {
        var random = new Random(seed);
        var features = Enumerable.Range(0, count).Select(_ => new[] { random.NextDouble(), random.NextDouble(), random.NextDouble() }).ToList();
        return (features, features.Select(f => f[0] > 0.5 != f[1] > 0.5).ToList());
    }

    public sealed class Prediction
    {
        public float Probability { get; set; }
    }
}
