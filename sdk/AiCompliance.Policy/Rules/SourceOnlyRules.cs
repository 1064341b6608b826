namespace AiCompliance.Policy.Rules;

/// <summary>
/// The rules that only the analyzers can check, because they need source code or build configuration. Their
/// descriptors live here so that docs, mode configs and SARIF output see the whole catalogue.
/// </summary>
public static class SourceOnlyRules
{
    public const string AiApiOutsideModelTitle = "AI API used outside a declared model";
    public const string AiApiOutsideModelMessage = "{0} uses the AI API '{1}'{2} but is not declared with [AiModel]; declare the model it wraps";
    public const string AiApiOutsideModelDescription = "Code that calls or holds an AI client (OpenAI, Azure OpenAI, Microsoft.Extensions.AI, Semantic Kernel, ML.NET, ONNX Runtime and others) belongs to a declared model, so that the model's risk, purpose and owner are on record.";

    public static readonly RuleDescriptor AiApiOutsideModel = new(
        "AIC001", "AiApiOutsideModel",
        AiApiOutsideModelTitle,
        AiApiOutsideModelMessage,
        RuleCategory.Structure,
        AiApiOutsideModelDescription,
        RuleSeverity.Info,
        RuleSeverity.Warning,
        RuleSeverity.Error,
        needsSource: true, introducedIn: "0.1.0");

    public const string InvalidConfigurationTitle = "AiCompliance configuration is not valid";
    public const string InvalidConfigurationMessage = "{0}";
    public const string InvalidConfigurationDescription = "AiComplianceMode must be none, minimal, recommended or strict, AiComplianceFrameworks must name known frameworks, AiComplianceLevel must be latest or a release number, and dates and day limits must be readable; the message says what the policy does instead (unknown framework ids are ignored, and the default frameworks apply when none is left).";

    public static readonly RuleDescriptor InvalidConfiguration = new(
        "AIC005", "InvalidConfiguration",
        InvalidConfigurationTitle,
        InvalidConfigurationMessage,
        RuleCategory.Structure,
        InvalidConfigurationDescription,
        RuleSeverity.Warning,
        RuleSeverity.Warning,
        RuleSeverity.Error,
        needsSource: true,
        reportsAtCompilationEnd: true, introducedIn: "0.1.0");

    public static readonly RuleDescriptor[] All = { AiApiOutsideModel, InvalidConfiguration };
}
