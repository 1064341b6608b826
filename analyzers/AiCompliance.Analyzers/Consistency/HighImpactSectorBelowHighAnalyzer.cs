using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Consistency;

/// <summary>AIC302: a high-impact sector declared below High without a rationale.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HighImpactSectorBelowHighAnalyzer : PolicyRuleAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.HighImpactSectorBelowHigh,
        HighImpactSectorBelowHighRule.Title,
        HighImpactSectorBelowHighRule.MessageFormat,
        RuleCategory.Consistency,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        HighImpactSectorBelowHighRule.Description,
        RuleDescriptor.HelpBaseUri + RuleIds.HighImpactSectorBelowHigh + ".md");

    public HighImpactSectorBelowHighAnalyzer()
        : base(new HighImpactSectorBelowHighRule(), Rule)
    {
    }
}
