using System;

namespace AiCompliance;

/// <summary>Declares the security testing the model went through.</summary>
/// <example><code>[SecurityAssessment(SecurityTest.RedTeaming | SecurityTest.PromptInjection, Date = "2026-05-10", Reference = "SEC-881")]</code></example>
[AttributeUsage(DeclarationTargets.ModelTypes, AllowMultiple = false, Inherited = false)]
public sealed class SecurityAssessmentAttribute : Attribute
{
    /// <summary>Declares the security assessment.</summary>
    /// <param name="tests">The kinds of testing done.</param>
    public SecurityAssessmentAttribute(SecurityTest tests) => Tests = tests;

    /// <summary>The kinds of testing done.</summary>
    public SecurityTest Tests { get; }

    /// <summary>When the testing was completed, as <c>yyyy-MM-dd</c>.</summary>
    public string? Date { get; set; }

    /// <summary>Where the report can be found: a document id or an URL.</summary>
    public string? Reference { get; set; }

    /// <summary>A summary of the findings and their status.</summary>
    public string? Findings { get; set; }

    /// <summary>Who did the testing.</summary>
    public string? PerformedBy { get; set; }
    /// <summary>
    /// The result file the assessment comes from, relative to the project (for example <c>eval/results.json</c>); list it
    /// as an MSBuild <c>AdditionalFiles</c> item so the build can compare the declaration with the file (docs/evidence.md).
    /// </summary>
    public string? Evidence { get; set; }

    /// <summary>The SHA-256 of <see cref="Evidence"/> (64 hex digits) that the declaration was taken from; the build reports a changed file.</summary>
    public string? EvidenceSha256 { get; set; }
}
