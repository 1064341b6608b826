using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Acceptances;

/// <summary>AIC306: a risk acceptance has expired.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ExpiredRiskAcceptanceAnalyzer : PolicyRuleAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.ExpiredRiskAcceptance,
        ExpiredRiskAcceptanceRule.Title,
        ExpiredRiskAcceptanceRule.MessageFormat,
        RuleCategory.Consistency,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        ExpiredRiskAcceptanceRule.Description,
        RuleDescriptor.HelpBaseUri + RuleIds.ExpiredRiskAcceptance + ".md");

    public ExpiredRiskAcceptanceAnalyzer()
        : base(new ExpiredRiskAcceptanceRule(), Rule)
    {
    }
}
