namespace AiCompliance.Policy.Requirements;

/// <summary>
/// For which models the recommended policy expects a declaration. This is the project's risk-based reading of the
/// frameworks (see docs/frameworks.md), not a statement of law.
/// </summary>
public enum RequirementLevel
{
    /// <summary>Every model.</summary>
    Always = 0,

    /// <summary>Every model not declared <c>RiskLevel.Minimal</c> (an undeclared level counts as not minimal).</summary>
    UnlessMinimalRisk = 1,

    /// <summary>Models declared <c>High</c> or <c>Prohibited</c>, or used in any sector other than <c>General</c>.</summary>
    HighRisk = 2,

    /// <summary>Generative models and agents.</summary>
    Generative = 3,

    /// <summary>Generative models and agents, and high-risk models.</summary>
    GenerativeOrHighRisk = 4,

    /// <summary>Generative models and agents, and high-risk models in public administration, healthcare or education.</summary>
    GenerativeOrHighRiskPublicService = 5,

    /// <summary>
    /// Generative models and agents, and every model that names a dataset it is trained or evaluated on: whoever uses
    /// data states the terms it may be used on, generative or not.
    /// </summary>
    GenerativeOrNamesData = 6,
}
