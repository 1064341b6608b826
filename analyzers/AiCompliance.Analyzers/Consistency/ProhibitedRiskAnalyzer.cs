using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Consistency;

/// <summary>AIC305: a model is declared RiskLevel.Prohibited.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ProhibitedRiskAnalyzer : PolicyRuleAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.ProhibitedRisk,
        ProhibitedRiskRule.Title,
        ProhibitedRiskRule.MessageFormat,
        RuleCategory.Consistency,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        ProhibitedRiskRule.Description,
        RuleDescriptor.HelpBaseUri + RuleIds.ProhibitedRisk + ".md");

    public ProhibitedRiskAnalyzer()
        : base(new ProhibitedRiskRule(), Rule)
    {
    }
}
