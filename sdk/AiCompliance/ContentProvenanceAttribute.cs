using System;

namespace AiCompliance;

/// <summary>Declares how a generative model's output is marked as AI-generated.</summary>
/// <example><code>[ContentProvenance(ProvenanceMethod.VisibleLabel | ProvenanceMethod.Metadata, Standard = "C2PA 2.1")]</code></example>
[AttributeUsage(DeclarationTargets.ModelTypes, AllowMultiple = false, Inherited = false)]
public sealed class ContentProvenanceAttribute : Attribute
{
    /// <summary>Declares the provenance methods.</summary>
    /// <param name="methods">How output is marked.</param>
    public ContentProvenanceAttribute(ProvenanceMethod methods) => Methods = methods;

    /// <summary>How output is marked.</summary>
    public ProvenanceMethod Methods { get; }

    /// <summary>The provenance standard followed, if any (for example <c>C2PA 2.1</c>).</summary>
    public string? Standard { get; set; }
}
