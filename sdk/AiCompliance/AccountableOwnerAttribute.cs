using System;

namespace AiCompliance;

/// <summary>Names who is accountable for the model and how to reach them.</summary>
/// <example><code>[AccountableOwner("Retail Credit Risk", Contact = "credit-ai@example.com", Role = "Model owner")]</code></example>
[AttributeUsage(DeclarationTargets.ModelTypes, AllowMultiple = false, Inherited = false)]
public sealed class AccountableOwnerAttribute : Attribute
{
    /// <summary>Declares the accountable owner.</summary>
    /// <param name="owner">The accountable team or person.</param>
    public AccountableOwnerAttribute(string owner) => Owner = owner;

    /// <summary>The accountable team or person.</summary>
    public string Owner { get; }

    /// <summary>An email address or an absolute http(s) URL.</summary>
    public string? Contact { get; set; }

    /// <summary>The owner's role (for example "Model owner" or "Product owner").</summary>
    public string? Role { get; set; }
}
