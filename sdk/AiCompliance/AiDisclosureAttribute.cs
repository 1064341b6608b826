using System;

namespace AiCompliance;

/// <summary>Declares the notice that tells people they are interacting with AI or reading AI-generated content.</summary>
/// <example><code>[AiDisclosure("This answer was written by an AI assistant and may contain mistakes.")]</code></example>
[AttributeUsage(DeclarationTargets.ModelTypes, AllowMultiple = false, Inherited = false)]
public sealed class AiDisclosureAttribute : Attribute
{
    /// <summary>Declares the disclosure.</summary>
    /// <param name="notice">The notice as shown to people.</param>
    public AiDisclosureAttribute(string notice) => Notice = notice;

    /// <summary>The notice as shown to people.</summary>
    public string Notice { get; }
}
