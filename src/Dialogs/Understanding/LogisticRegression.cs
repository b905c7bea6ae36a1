using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace BuildingBot.Dialogs.Understanding;

/// <summary>
/// A binary logistic regression over a handful of features, fitted on a couple of thousand examples in a fraction of a second.
/// </summary>
public sealed class LogisticRegression
{
    private readonly double[] _weights;
    private readonly double _bias;

    private LogisticRegression(double[] weights, double bias)
    {
        _weights = weights;
        _bias = bias;
    }

    public IReadOnlyList<double> Weights => _weights;

    public double Bias => _bias;

    /// <summary>
    /// Fitted by ML.NET's L-BFGS with an L2 penalty (deterministic: one thread, a fixed seed); the weights are read back, so
    /// scoring is a dot product, with no ML.NET pipeline per call.
    /// </summary>
    public static LogisticRegression Fit(IReadOnlyList<double[]> features, IReadOnlyList<bool> labels)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(labels);
        var ml = new MLContext(0);
        var dimensions = features[0].Length;
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimensions);
        var rows = features.Select((f, i) => new Row { Label = labels[i], Features = f.Select(v => (float)v).ToArray() });
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            L2Regularization = 1, L1Regularization = 0, OptimizationTolerance = 1e-7f, MaximumNumberOfIterations = 1000, NumberOfThreads = 1,
        });
        var model = trainer.Fit(data).Model.SubModel;
        return new LogisticRegression(model.Weights.Select(w => (double)w).ToArray(), model.Bias);
    }

    private sealed class Row
    {
        public bool Label { get; set; }

        public float[] Features { get; set; } = [];
    }

    public double Probability(double[] features) => Sigmoid(Dot(_weights, features) + _bias);

    private static double Dot(double[] weights, double[] features)
    {
        var sum = 0.0;
        for (var d = 0; d < weights.Length; d++)
        {
            sum += weights[d] * features[d];
        }

        return sum;
    }

    private static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));
}
