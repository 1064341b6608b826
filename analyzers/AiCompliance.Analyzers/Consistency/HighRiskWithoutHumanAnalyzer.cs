using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Consistency;

/// <summary>AIC303: a high-risk model declares HumanOutOfTheLoop oversight.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HighRiskWithoutHumanAnalyzer : PolicyRuleAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.HighRiskWithoutHuman,
        HighRiskWithoutHumanRule.Title,
        HighRiskWithoutHumanRule.MessageFormat,
        RuleCategory.Consistency,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        HighRiskWithoutHumanRule.Description,
        RuleDescriptor.HelpBaseUri + RuleIds.HighRiskWithoutHuman + ".md");

    public HighRiskWithoutHumanAnalyzer()
        : base(new HighRiskWithoutHumanRule(), Rule)
    {
    }
}
