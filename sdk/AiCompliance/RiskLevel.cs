namespace AiCompliance;

/// <summary>
/// The risk tier a team assigns to a model, following the risk-based approach of the ASEAN Guide on AI Governance
/// and Ethics and the EU AI Act's tiers.
/// </summary>
public enum RiskLevel
{
    /// <summary>Little potential for harm (spell checking, internal search).</summary>
    Minimal = 0,

    /// <summary>Some potential for harm, mainly addressed by transparency (chatbots, content generation).</summary>
    Limited = 1,

    /// <summary>Significant potential harm to health, safety, rights or access to essential services.</summary>
    High = 2,

    /// <summary>A use that must not be deployed (for example social scoring). Always reported as an error.</summary>
    Prohibited = 3,
}
