namespace AiCompliance.Policy.Rules;

/// <summary>
/// The rules that only the analyzers can check, because they need source code or build configuration. Their
/// descriptors live here so that docs, mode configs and SARIF output see the whole catalogue.
/// </summary>
public static class SourceOnlyRules
{
    public static readonly RuleDescriptor AiApiOutsideModel = new(
        "AIC001", "AiApiOutsideModel",
        RuleCategory.Structure,
        RuleSeverity.Info,
        RuleSeverity.Warning,
        RuleSeverity.Error,
        needsSource: true, introducedIn: "0.1.0");

    public static readonly RuleDescriptor InvalidConfiguration = new(
        "AIC005", "InvalidConfiguration",
        RuleCategory.Structure,
        RuleSeverity.Warning,
        RuleSeverity.Warning,
        RuleSeverity.Error,
        needsSource: true,
        reportsAtCompilationEnd: true, introducedIn: "0.1.0");

    public static readonly RuleDescriptor[] All = { AiApiOutsideModel, InvalidConfiguration };
}
