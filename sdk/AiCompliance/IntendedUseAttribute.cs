using System;

namespace AiCompliance;

/// <summary>Declares what the model is for, who uses it, and what it must not be used for.</summary>
/// <example><code>[IntendedUse("Score consumer loan applications", Users = new[] { "Credit officers" }, OutOfScope = new[] { "Mortgages" })]</code></example>
[AttributeUsage(DeclarationTargets.ModelTypes, AllowMultiple = false, Inherited = false)]
public sealed class IntendedUseAttribute : Attribute
{
    /// <summary>Declares the intended use.</summary>
    /// <param name="purpose">The purpose, in one sentence.</param>
    public IntendedUseAttribute(string purpose) => Purpose = purpose;

    /// <summary>The purpose of the model.</summary>
    public string Purpose { get; }

    /// <summary>The people or systems meant to use the model's output.</summary>
    public string[]? Users { get; set; }

    /// <summary>Uses the model is not designed or validated for.</summary>
    public string[]? OutOfScope { get; set; }
}
