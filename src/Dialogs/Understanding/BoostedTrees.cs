using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace BuildingBot.Dialogs.Understanding;

/// <summary>
/// A binary classifier over a handful of features: gradient-boosted regression trees (ML.NET's FastTree) with a Platt
/// calibration, fitted on a couple of thousand examples in well under a second. Trees, unlike a linear model, can weigh a
/// feature differently where another is high or low (shared characters count for less when the things named disagree).
/// The trees and the calibration are read back once fitted, so scoring walks them with no ML.NET pipeline per call and
/// is safe from any number of threads; saved (<see cref="Save"/>) and loaded, they score without ML.NET in the process.
/// </summary>
public sealed class BoostedTrees
{
    /// <summary>Small, shallow trees with a slow learning rate and a floor of examples per leaf: the data is small.</summary>
    private const int Trees = 100;
    private const int Leaves = 8;
    private const int ExamplesPerLeaf = 20;
    private const double LearningRate = 0.1;
    private const int FormatVersion = 1;

    private readonly IReadOnlyList<Tree> _trees;
    private readonly double _bias;
    private readonly double _slope;
    private readonly double _offset;

    /// <param name="slope">The Platt calibration's slope: the probability is 1 / (1 + exp(slope × score + offset)).</param>
    /// <param name="offset">The Platt calibration's offset.</param>
    private BoostedTrees(IReadOnlyList<Tree> trees, double bias, double slope, double offset)
    {
        _trees = trees;
        _bias = bias;
        _slope = slope;
        _offset = offset;
    }

    /// <summary>Fitted deterministically (a fixed seed, one thread).</summary>
    public static BoostedTrees Fit(IReadOnlyList<double[]> features, IReadOnlyList<bool> labels) => FitModel(features, labels).Trees;

    /// <summary>Fitted, with the ML.NET model the trees were read from (to check the reading against ML.NET's own scoring).</summary>
    internal static (BoostedTrees Trees, ITransformer Model) FitModel(IReadOnlyList<double[]> features, IReadOnlyList<bool> labels)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(labels);
        var ml = new MLContext(0);
        var schema = Schema(features[0].Length);
        var data = ml.Data.LoadFromEnumerable(features.Select((f, i) => new Row(f) { Label = labels[i] }), schema);
        var trainer = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = Trees, NumberOfLeaves = Leaves, MinimumExampleCountPerLeaf = ExamplesPerLeaf, LearningRate = LearningRate,
            NumberOfThreads = 1,
        });
        var transformer = trainer.Fit(data);
        var model = transformer.Model;
        var ensemble = model.SubModel.TrainedTreeEnsemble;
        var trees = ensemble.Trees.Select((t, i) => new Tree(
            t.LeftChild.ToArray(), t.RightChild.ToArray(), t.NumericalSplitFeatureIndexes.ToArray(),
            t.NumericalSplitThresholds.ToArray(), t.LeafValues.ToArray(), ensemble.TreeWeights[i])).ToList();
        return (new BoostedTrees(trees, ensemble.Bias, model.Calibrator.Slope, model.Calibrator.Offset), transformer);
    }

    /// <summary>The calibrated probability that the example is positive.</summary>
    public double Probability(double[] features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var score = _bias;
        foreach (var tree in _trees)
        {
            score += tree.Weight * tree.Leaf(features);
        }

        // As ML.NET's Platt calibrator computes it, in the same precision.
        return (float)(1 / (1 + Math.Exp(_slope * (float)score + _offset)));
    }

    /// <summary>The trees and the calibration as bytes.</summary>
    public byte[] Save() => SavedFormat.Write(FormatVersion, writer =>
    {
        writer.Write(_bias);
        writer.Write(_slope);
        writer.Write(_offset);
        writer.Write(_trees.Count);
        foreach (var tree in _trees)
        {
            writer.Write(tree.Weight);
            BinaryArrays.Write<int>(writer, tree.Left);
            BinaryArrays.Write<int>(writer, tree.Right);
            BinaryArrays.Write<int>(writer, tree.Feature);
            BinaryArrays.Write<float>(writer, tree.Threshold);
            BinaryArrays.Write<double>(writer, tree.Values);
        }
    });

    /// <summary>Trees saved by <see cref="Save"/>, read from where the stream stands: they score exactly as the ones saved.</summary>
    /// <exception cref="FormatException">The bytes are not trees of this format.</exception>
    public static BoostedTrees Load(Stream saved) => SavedFormat.Read(saved, FormatVersion, "duplicate model", reader =>
    {
        var (bias, slope, offset) = (reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble());
        var trees = new Tree[reader.ReadInt32()];
        for (var i = 0; i < trees.Length; i++)
        {
            var weight = reader.ReadDouble();
            trees[i] = new Tree(
                BinaryArrays.Read<int>(reader), BinaryArrays.Read<int>(reader), BinaryArrays.Read<int>(reader),
                BinaryArrays.Read<float>(reader), BinaryArrays.Read<double>(reader), weight);
            if (!trees[i].IsWellFormed)
            {
                throw new FormatException("A saved tree's nodes do not fit its leaves.");
            }
        }

        return new BoostedTrees(trees, bias, slope, offset);
    });

    /// <summary>The schema ML.NET reads a <see cref="Row"/> with: a feature vector of known length.</summary>
    internal static SchemaDefinition Schema(int dimensions)
    {
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimensions);
        return schema;
    }

    /// <summary>One example as ML.NET reads it (public for its reflection-built reader).</summary>
    public sealed class Row(double[] features)
    {
        public Row()
            : this([])
        {
        }

        public bool Label { get; set; }

        public float[] Features { get; set; } = [.. features.Select(v => (float)v)];
    }

    /// <summary>
    /// One regression tree as FastTree stores it: node n splits on feature <c>Feature[n]</c>, going left when the value is at
    /// most <c>Threshold[n]</c>; a child below zero is the leaf <c>~child</c>.
    /// </summary>
    private sealed record Tree(int[] Left, int[] Right, int[] Feature, float[] Threshold, double[] Values, double Weight)
    {
        /// <summary>
        /// Every node has both children and a feature, every child is a later node or a leaf there is, so a walk ends
        /// (a tree without nodes is its single leaf).
        /// </summary>
        public bool IsWellFormed =>
            Values.Length == Left.Length + 1 && Right.Length == Left.Length && Feature.Length == Left.Length && Threshold.Length == Left.Length
            && Feature.All(f => f >= 0)
            && Enumerable.Range(0, Left.Length).All(n => Fits(n, Left[n]) && Fits(n, Right[n]));

        private bool Fits(int node, int child) => child < 0 ? ~child < Values.Length : child > node && child < Left.Length;

        public double Leaf(double[] features)
        {
            if (Left.Length == 0)
            {
                return Values[0];
            }

            var node = 0;
            while (node >= 0)
            {
                node = (float)features[Feature[node]] <= Threshold[node] ? Left[node] : Right[node];
            }

            return Values[~node];
        }
    }
}
