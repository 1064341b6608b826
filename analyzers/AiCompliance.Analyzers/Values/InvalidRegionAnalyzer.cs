using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Values;

/// <summary>AIC203: a region is not an ISO 3166-1 alpha-2 code.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidRegionAnalyzer : PolicyRuleAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.InvalidRegion,
        InvalidRegionRule.Title,
        InvalidRegionRule.MessageFormat,
        RuleCategory.Values,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        InvalidRegionRule.Description,
        RuleDescriptor.HelpBaseUri + RuleIds.InvalidRegion + ".md");

    public InvalidRegionAnalyzer()
        : base(new InvalidRegionRule(), Rule)
    {
    }
}
