using System;

namespace AiCompliance;

/// <summary>
/// Marks a type as the home of an AI model or AI system and gives it a stable identity. Every other declaration of the
/// model is written on the same type, and the model card is named after <see cref="Id"/>.
/// </summary>
/// <example>
/// <code>
/// [AiModel("credit-risk-scorer", Name = "Credit risk scorer", Version = "2.1.0", Kind = ModelKind.Classifier)]
/// public sealed class CreditRiskScorer { }
/// </code>
/// </example>
[AttributeUsage(DeclarationTargets.ModelTypes, AllowMultiple = false, Inherited = false)]
public sealed class AiModelAttribute : Attribute
{
    /// <summary>Declares a model.</summary>
    /// <param name="id">
    /// A stable, kebab-case identifier, unique in the assembly (for example <c>credit-risk-scorer</c>). Ids compare
    /// ignoring case and surrounding white space, so <c>Credit-Risk-Scorer</c> is the same id.
    /// </param>
    public AiModelAttribute(string id) => Id = id;

    /// <summary>The stable, kebab-case identifier of the model; compared ignoring case and surrounding white space.</summary>
    public string Id { get; }

    /// <summary>A human-readable name.</summary>
    public string? Name { get; set; }

    /// <summary>The model's version, as a Semantic Versioning 2.0 string (for example <c>1.4.0</c>).</summary>
    public string? Version { get; set; }

    /// <summary>What kind of model this is. <see cref="ModelKind.Generative"/> adds the generative-AI obligations.</summary>
    public ModelKind Kind { get; set; } = ModelKind.Other;

    /// <summary>Who built or supplies the model (your organisation, or a vendor such as a foundation-model provider).</summary>
    public string? Provider { get; set; }

    /// <summary>The model this one is built on or fine-tuned from (for example <c>gpt-4o-mini</c> or a Hugging Face id).</summary>
    public string? BaseModel { get; set; }

    /// <summary>The model's licence, as an SPDX license expression (for example <c>Apache-2.0</c> or <c>LicenseRef-Proprietary</c>).</summary>
    public string? License { get; set; }

    /// <summary>A short description of what the model does.</summary>
    public string? Description { get; set; }
}
