using System;

namespace AiCompliance;

/// <summary>
/// Declares the notice that tells people they are interacting with AI or reading AI-generated content. Write one per
/// language people are told in: the one without <see cref="Language"/> is the primary notice, in the model's first
/// supported language.
/// </summary>
/// <example>
/// <code>
/// [AiDisclosure("This answer was written by an AI assistant and may contain mistakes.")]
/// [AiDisclosure("Câu trả lời này do trợ lý AI viết và có thể có sai sót.", Language = "vi")]
/// </code>
/// </example>
[AttributeUsage(DeclarationTargets.ModelTypes, AllowMultiple = true, Inherited = false)]
public sealed class AiDisclosureAttribute : Attribute
{
    /// <summary>Declares the disclosure.</summary>
    /// <param name="notice">The notice as shown to people.</param>
    public AiDisclosureAttribute(string notice) => Notice = notice;

    /// <summary>The notice as shown to people.</summary>
    public string Notice { get; }

    /// <summary>
    /// The BCP 47 tag of the language the notice is written in (for example <c>vi</c>); none means the primary notice,
    /// in the first language of <see cref="SupportedLanguagesAttribute"/>.
    /// </summary>
    public string? Language { get; set; }
}
