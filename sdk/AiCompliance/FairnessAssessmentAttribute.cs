using System;

namespace AiCompliance;

/// <summary>
/// Declares a fairness assessment across groups of one protected attribute. <see cref="Value"/> is the summary disparity
/// (for example a demographic parity difference) compared with <see cref="Threshold"/>; <see cref="GroupValues"/> are
/// the per-group results charted in the model card.
/// </summary>
/// <example>
/// <code>
/// [FairnessAssessment("gender", Metric = "demographic_parity_difference", Value = 0.03, Threshold = 0.05,
///     Groups = new[] { "female", "male" }, GroupValues = new[] { 0.41, 0.44 })]
/// </code>
/// </example>
[AttributeUsage(DeclarationTargets.ModelTypes, AllowMultiple = true, Inherited = false)]
public sealed class FairnessAssessmentAttribute : Attribute
{
    /// <summary>Declares a fairness assessment.</summary>
    /// <param name="protectedAttribute">The attribute groups are defined by (for example <c>gender</c>, <c>age band</c>, <c>region</c>).</param>
    public FairnessAssessmentAttribute(string protectedAttribute) => ProtectedAttribute = protectedAttribute;

    /// <summary>The attribute groups are defined by.</summary>
    public string ProtectedAttribute { get; }

    /// <summary>The fairness metric (for example <c>demographic_parity_difference</c>, <c>equal_opportunity_ratio</c>).</summary>
    public string? Metric { get; set; }

    /// <summary>The measured summary value; <see cref="double.NaN"/> when not set.</summary>
    public double Value { get; set; } = double.NaN;

    /// <summary>The limit the team committed to; <see cref="double.NaN"/> when not set.</summary>
    public double Threshold { get; set; } = double.NaN;

    /// <summary>
    /// Whether higher values are better. When not set, metrics named as ratios count as higher-is-better and all others
    /// (differences, gaps) as lower-is-better.
    /// </summary>
    public bool HigherIsBetter { get; set; }

    /// <summary>The groups compared.</summary>
    public string[]? Groups { get; set; }

    /// <summary>The per-group result, in the order of <see cref="Groups"/> (for example each group's approval rate).</summary>
    public double[]? GroupValues { get; set; }

    /// <summary>What is done about a disparity.</summary>
    public string? Mitigation { get; set; }

    /// <summary>The BCP 47 tag of the language slice the assessment was measured on (for example <c>th</c>); none means all languages together.</summary>
    public string? Language { get; set; }

    /// <summary>
    /// The result file the assessment comes from, relative to the project (for example <c>eval/results.json</c>); list it
    /// as an MSBuild <c>AdditionalFiles</c> item so the build can compare the declaration with the file (docs/evidence.md).
    /// </summary>
    public string? Evidence { get; set; }

    /// <summary>The SHA-256 of <see cref="Evidence"/> (64 hex digits) that the declaration was taken from; the build reports a changed file.</summary>
    public string? EvidenceSha256 { get; set; }
}
