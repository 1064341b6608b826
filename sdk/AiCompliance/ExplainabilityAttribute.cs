using System;

namespace AiCompliance;

/// <summary>Declares how the model's outputs are explained to the people affected by them.</summary>
/// <example><code>[Explainability("Reason codes", Description = "The four features that lowered the score most are shown to the applicant.")]</code></example>
[AttributeUsage(DeclarationTargets.ModelTypes, AllowMultiple = false, Inherited = false)]
public sealed class ExplainabilityAttribute : Attribute
{
    /// <summary>Declares the explanation method.</summary>
    /// <param name="method">The method (for example <c>SHAP</c>, <c>reason codes</c>, <c>cited sources</c>).</param>
    public ExplainabilityAttribute(string method) => Method = method;

    /// <summary>The explanation method.</summary>
    public string Method { get; }

    /// <summary>What people are shown and when.</summary>
    public string? Description { get; set; }
}
