using System;

namespace AiCompliance;

/// <summary>Declares the languages the model was built and evaluated for, as BCP 47 tags.</summary>
/// <example><code>[SupportedLanguages("vi", "id", "th", "ms", "fil", "ja", "en")]</code></example>
[AttributeUsage(DeclarationTargets.ModelTypes, AllowMultiple = false, Inherited = false)]
public sealed class SupportedLanguagesAttribute : Attribute
{
    /// <summary>Declares the supported languages.</summary>
    /// <param name="languageTags">BCP 47 language tags (for example <c>vi</c>, <c>en-SG</c>, <c>zh-Hant</c>).</param>
    public SupportedLanguagesAttribute(params string[] languageTags) => LanguageTags = languageTags ?? Array.Empty<string>();

    /// <summary>BCP 47 language tags.</summary>
    public string[] LanguageTags { get; }
}
