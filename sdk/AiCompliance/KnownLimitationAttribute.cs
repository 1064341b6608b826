using System;

namespace AiCompliance;

/// <summary>Declares one known limitation of the model. Write one attribute per limitation.</summary>
/// <example><code>[KnownLimitation("Less accurate for applicants with under 6 months of credit history", Mitigation = "Routed to manual review")]</code></example>
[AttributeUsage(DeclarationTargets.ModelTypes, AllowMultiple = true, Inherited = false)]
public sealed class KnownLimitationAttribute : Attribute
{
    /// <summary>Declares a limitation.</summary>
    /// <param name="description">What the model does badly or cannot do.</param>
    public KnownLimitationAttribute(string description) => Description = description;

    /// <summary>What the model does badly or cannot do.</summary>
    public string Description { get; }

    /// <summary>What is done about it.</summary>
    public string? Mitigation { get; set; }
}
