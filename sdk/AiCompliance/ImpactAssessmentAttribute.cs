using System;

namespace AiCompliance;

/// <summary>
/// Points to the risk or impact assessment done for the model (an AI impact assessment, a DPIA, a fundamental-rights
/// impact assessment).
/// </summary>
/// <example><code>[ImpactAssessment("RISK-2026-014", Date = "2026-03-02", AssessedBy = "Model Risk Committee")]</code></example>
[AttributeUsage(DeclarationTargets.ModelTypes, AllowMultiple = false, Inherited = false)]
public sealed class ImpactAssessmentAttribute : Attribute
{
    /// <summary>Declares the impact assessment.</summary>
    /// <param name="reference">Where the assessment can be found: a document id or an URL.</param>
    public ImpactAssessmentAttribute(string reference) => Reference = reference;

    /// <summary>Where the assessment can be found.</summary>
    public string Reference { get; }

    /// <summary>When the assessment was completed, as <c>yyyy-MM-dd</c>.</summary>
    public string? Date { get; set; }

    /// <summary>Who did the assessment.</summary>
    public string? AssessedBy { get; set; }

    /// <summary>The conclusion, in a sentence or two.</summary>
    public string? Summary { get; set; }
}
