using System;

namespace AiCompliance;

/// <summary>Declares what the system logs about its decisions, so they can be traced and audited.</summary>
/// <example><code>[DecisionLogging("Inputs, score, reason codes and reviewer decision per application", RetentionDays = 2555)]</code></example>
[AttributeUsage(DeclarationTargets.ModelTypes, AllowMultiple = false, Inherited = false)]
public sealed class DecisionLoggingAttribute : Attribute
{
    /// <summary>Declares decision logging.</summary>
    /// <param name="description">What is logged.</param>
    public DecisionLoggingAttribute(string description) => Description = description;

    /// <summary>What is logged.</summary>
    public string Description { get; }

    /// <summary>How many days logs are kept; 0 when not set.</summary>
    public int RetentionDays { get; set; }
}
