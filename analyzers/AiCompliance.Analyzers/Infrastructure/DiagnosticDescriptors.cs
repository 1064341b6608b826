using System;
using System.Collections.Generic;
using AiCompliance.Policy;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;

namespace AiCompliance.Analyzers.Infrastructure;

/// <summary>
/// Builds every analyzer's <see cref="DiagnosticDescriptor"/> from the rule's <see cref="RuleDescriptor"/> in
/// AiCompliance.Policy, so a rule's id, texts, category, severity and help link are written once and the analyzers,
/// <c>aicompliance check</c>, SARIF and the generated docs cannot drift apart.
/// </summary>
/// <remarks>
/// The descriptors are not literals, so the release-tracking analyzers cannot see which rules exist (RS2002 is off in
/// the project file for that reason); CatalogueConsistencyTests checks the release files against the catalogue instead.
/// </remarks>
internal static class DiagnosticDescriptors
{
    private static readonly Lazy<Dictionary<string, DiagnosticDescriptor>> ById = new(Build);

    /// <summary>The descriptor of a rule of the catalogue; one instance per rule id.</summary>
    public static DiagnosticDescriptor For(RuleDescriptor rule) =>
        ById.Value.TryGetValue(rule.Id, out var descriptor)
            ? descriptor
            : throw new ArgumentException(rule.Id + " is not in the rule catalogue.", nameof(rule));

    /// <summary>
    /// The suppression a risk acceptance applies to a rule's findings. Its id is AICS plus the rule's number (AIC111 →
    /// AICS111); Roslyn allows only a fixed justification, so it points to where the acceptance's details are.
    /// </summary>
    public static SuppressionDescriptor AcceptedRisk(RuleDescriptor rule) => new(
        "AICS" + rule.Id.Substring(3),
        rule.Id,
        "Accepted risk: an active [assembly: RiskAcceptance(\"" + rule.Id + "\")] covers this finding; its approver, justification and expiry are in the assembly and the model card.");

    private static Dictionary<string, DiagnosticDescriptor> Build()
    {
        var result = new Dictionary<string, DiagnosticDescriptor>(StringComparer.Ordinal);
        foreach (var rule in RuleCatalog.Descriptors)
        {
            result.Add(rule.Id, Create(rule));
        }

        return result;
    }

    // The descriptor's default severity is the recommended mode's, the package's default; the other modes and
    // AiComplianceLevel reach Roslyn through global configs that the build adds (sdk/AiCompliance/build/AiCompliance.targets).
    // The texts are resources, not strings, so that Roslyn formats each diagnostic in the compiler's UI culture (the
    // IDE's language, PreferredUILang, DOTNET_CLI_UI_LANGUAGE) from the satellite assemblies next to the analyzers.
    private static DiagnosticDescriptor Create(RuleDescriptor rule) => new(
        rule.Id,
        Localizable(rule.TitleKey),
        Localizable(rule.MessageFormatKey),
        rule.Category,
        ToDiagnosticSeverity(rule.Recommended),
        isEnabledByDefault: rule.Recommended != RuleSeverity.None,
        Localizable(rule.DescriptionKey),
        rule.HelpUri,
        CustomTags(rule));

    private static LocalizableResourceString Localizable(string key) =>
        new(key, RuleTexts.ResourceManager, typeof(RuleTexts));

    private static string[] CustomTags(RuleDescriptor rule) =>
        rule.ReportsAtCompilationEnd ? new[] { WellKnownDiagnosticTags.CompilationEnd } : Array.Empty<string>();

    /// <summary>
    /// The Roslyn severity of a policy severity. A rule that is off in the default mode is disabled by default and
    /// keeps <see cref="DiagnosticSeverity.Info"/> for when a configuration turns it on.
    /// </summary>
    private static DiagnosticSeverity ToDiagnosticSeverity(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => DiagnosticSeverity.Error,
        RuleSeverity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };
}
