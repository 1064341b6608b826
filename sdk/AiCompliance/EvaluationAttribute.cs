using System;

namespace AiCompliance;

/// <summary>
/// Declares one measured result of the model. Write one attribute per metric and slice; results with the same metric
/// and different <see cref="Slice"/> values are charted side by side in the model card.
/// </summary>
/// <example><code>[Evaluation("auc", 0.87, Dataset = "holdout-2024", Slice = "age 18-25", Threshold = 0.8)]</code></example>
[AttributeUsage(DeclarationTargets.ModelTypes, AllowMultiple = true, Inherited = false)]
public sealed class EvaluationAttribute : Attribute
{
    /// <summary>Declares an evaluation result.</summary>
    /// <param name="metric">The metric's name (for example <c>accuracy</c>, <c>auc</c>, <c>f1</c>, <c>word_error_rate</c>).</param>
    /// <param name="value">The measured value.</param>
    public EvaluationAttribute(string metric, double value)
    {
        Metric = metric;
        Value = value;
    }

    /// <summary>The metric's name.</summary>
    public string Metric { get; }

    /// <summary>The measured value.</summary>
    public double Value { get; }

    /// <summary>The id of the dataset it was measured on, as declared by <see cref="DatasetAttribute"/> (matched ignoring case and surrounding white space).</summary>
    public string? Dataset { get; set; }

    /// <summary>The subgroup or condition it was measured on (for example <c>language=vi</c>); none means overall.</summary>
    public string? Slice { get; set; }

    /// <summary>The value the team committed to reach; <see cref="double.NaN"/> when not set.</summary>
    public double Threshold { get; set; } = double.NaN;

    /// <summary>
    /// Whether higher values are better. When not set, well-known error metrics (error rate, loss, MAE, RMSE, WER,
    /// perplexity, ...) count as lower-is-better and everything else as higher-is-better.
    /// </summary>
    public bool HigherIsBetter { get; set; } = true;

    /// <summary>Lower bound of the confidence interval; <see cref="double.NaN"/> when not set.</summary>
    public double ConfidenceLow { get; set; } = double.NaN;

    /// <summary>Upper bound of the confidence interval; <see cref="double.NaN"/> when not set.</summary>
    public double ConfidenceHigh { get; set; } = double.NaN;

    /// <summary>What the result measures: task performance (the default), safety, or a red-teaming exercise.</summary>
    public EvaluationKind Kind { get; set; }

    /// <summary>The BCP 47 tag of the language the result was measured in (for example <c>vi</c>); none means not language-specific.</summary>
    public string? Language { get; set; }

    /// <summary>
    /// The result file the value comes from, relative to the project (for example <c>eval/results.json</c>); list it as an
    /// MSBuild <c>AdditionalFiles</c> item so the build can compare the value with the file (docs/evidence.md).
    /// </summary>
    public string? Evidence { get; set; }

    /// <summary>The SHA-256 of <see cref="Evidence"/> (64 hex digits) that the value was taken from; the build reports a changed file.</summary>
    public string? EvidenceSha256 { get; set; }
}
