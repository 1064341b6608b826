namespace AiCompliance.Policy.Rules;

/// <summary>The diagnostic categories, one per family of rules (AIC0xx, AIC1xx, AIC2xx, AIC3xx, AIC4xx).</summary>
public static class RuleCategory
{
    /// <summary>AIC0xx: finding AI code and keeping declarations well-formed.</summary>
    public const string Structure = "AiCompliance.Structure";

    /// <summary>AIC1xx: declarations the active policy expects and the model lacks.</summary>
    public const string Declarations = "AiCompliance.Declarations";

    /// <summary>AIC2xx: declared values that are not valid (licences, language tags, regions, dates, ...).</summary>
    public const string Values = "AiCompliance.Values";

    /// <summary>AIC3xx: declarations that contradict each other, the policy, or the calendar.</summary>
    public const string Consistency = "AiCompliance.Consistency";

    /// <summary>AIC4xx: what the model's code does contradicts what it declares.</summary>
    public const string CodeEvidence = "AiCompliance.CodeEvidence";
}
