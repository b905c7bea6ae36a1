namespace BuildingBot.Dialogs.Understanding;

/// <summary>
/// A binary logistic regression fitted by full-batch gradient descent with an L2 penalty: a handful of features and a
/// few hundred examples, so it is deterministic and takes milliseconds.
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

    public static LogisticRegression Fit(IReadOnlyList<double[]> features, IReadOnlyList<bool> labels, double penalty = 0.001, int iterations = 3000, double rate = 0.5)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(labels);
        var dimensions = features[0].Length;
        var weights = new double[dimensions];
        var bias = 0.0;
        var gradient = new double[dimensions];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            Array.Clear(gradient);
            var biasGradient = 0.0;
            for (var i = 0; i < features.Count; i++)
            {
                var error = Sigmoid(Dot(weights, features[i]) + bias) - (labels[i] ? 1 : 0);
                for (var d = 0; d < dimensions; d++)
                {
                    gradient[d] += error * features[i][d];
                }

                biasGradient += error;
            }

            for (var d = 0; d < dimensions; d++)
            {
                weights[d] -= rate * ((gradient[d] / features.Count) + (penalty * weights[d]));
            }

            bias -= rate * biasGradient / features.Count;
        }

        return new LogisticRegression(weights, bias);
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
