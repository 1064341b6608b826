using System;

namespace AiCompliance;

/// <summary>Declares how people oversee the model's decisions.</summary>
/// <example><code>[HumanOversight(OversightMode.HumanInTheLoop, Reviewer = "Credit officer", CanOverride = true, CanStop = true)]</code></example>
[AttributeUsage(DeclarationTargets.ModelTypes, AllowMultiple = false, Inherited = false)]
public sealed class HumanOversightAttribute : Attribute
{
    /// <summary>Declares the oversight mode.</summary>
    /// <param name="mode">How people are involved in decisions.</param>
    public HumanOversightAttribute(OversightMode mode) => Mode = mode;

    /// <summary>How people are involved in decisions.</summary>
    public OversightMode Mode { get; }

    /// <summary>The role of the person who reviews or monitors decisions.</summary>
    public string? Reviewer { get; set; }

    /// <summary>Whether that person can override an individual decision.</summary>
    public bool CanOverride { get; set; }

    /// <summary>Whether that person can stop the system.</summary>
    public bool CanStop { get; set; }

    /// <summary>Why this level of oversight is adequate.</summary>
    public string? Justification { get; set; }
}
