namespace CreditScoring;

/// <summary>
/// Binary logistic regression on standardised features, trained by full-batch gradient descent with a small L2
/// penalty. Plain C#, no ML library: about forty lines of arithmetic are the whole model.
/// </summary>
public sealed class LogisticRegression
{
    private readonly double[] _means;
    private readonly double[] _scales;
    private readonly double[] _weights;
    private readonly double _bias;

    private LogisticRegression(double[] means, double[] scales, double[] weights, double bias)
    {
        _means = means;
        _scales = scales;
        _weights = weights;
        _bias = bias;
    }

    /// <summary>The weights, one per standardised feature.</summary>
    public IReadOnlyList<double> Weights => _weights;

    public double Bias => _bias;

    public static LogisticRegression Fit(IReadOnlyList<double[]> features, IReadOnlyList<bool> labels, int epochs = 600, double learningRate = 0.5, double l2 = 1e-3)
    {
        var n = features.Count;
        var d = features[0].Length;
        var means = new double[d];
        var scales = new double[d];
        for (var j = 0; j < d; j++)
        {
            means[j] = features.Average(x => x[j]);
            var variance = features.Average(x => (x[j] - means[j]) * (x[j] - means[j]));
            scales[j] = variance > 0 ? Math.Sqrt(variance) : 1.0;
        }

        var z = features.Select(x => Standardise(x, means, scales)).ToArray();
        var weights = new double[d];
        var bias = 0.0;
        var gradient = new double[d];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            Array.Clear(gradient);
            var biasGradient = 0.0;
            for (var i = 0; i < n; i++)
            {
                var error = Sigmoid(bias + Dot(weights, z[i])) - (labels[i] ? 1.0 : 0.0);
                biasGradient += error;
                for (var j = 0; j < d; j++)
                {
                    gradient[j] += error * z[i][j];
                }
            }

            bias -= learningRate * biasGradient / n;
            for (var j = 0; j < d; j++)
            {
                weights[j] -= learningRate * (gradient[j] / n + l2 * weights[j]);
            }
        }

        return new LogisticRegression(means, scales, weights, bias);
    }

    /// <summary>The probability of the positive class.</summary>
    public double Predict(double[] features) => Sigmoid(_bias + Dot(_weights, Standardise(features, _means, _scales)));

    /// <summary>
    /// Each feature's contribution to the log-odds, relative to the average training applicant (whose contributions are
    /// all zero). Negative contributions lower the score; the most negative ones are the reason codes.
    /// </summary>
    public double[] Contributions(double[] features)
    {
        var z = Standardise(features, _means, _scales);
        for (var j = 0; j < z.Length; j++)
        {
            z[j] *= _weights[j];
        }

        return z;
    }

    private static double[] Standardise(double[] x, double[] means, double[] scales)
    {
        var z = new double[x.Length];
        for (var j = 0; j < x.Length; j++)
        {
            z[j] = (x[j] - means[j]) / scales[j];
        }

        return z;
    }

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var j = 0; j < a.Length; j++)
        {
            sum += a[j] * b[j];
        }

        return sum;
    }

    private static double Sigmoid(double x) => 1.0 / (1.0 + Math.Exp(-x));
}
