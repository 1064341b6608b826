using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Consistency;

/// <summary>AIC304: an impact or security assessment is older than the configured maximum age.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StaleAssessmentAnalyzer : PolicyRuleAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.StaleAssessment,
        StaleAssessmentRule.Title,
        StaleAssessmentRule.MessageFormat,
        RuleCategory.Consistency,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        StaleAssessmentRule.Description,
        RuleDescriptor.HelpBaseUri + RuleIds.StaleAssessment + ".md");

    public StaleAssessmentAnalyzer()
        : base(new StaleAssessmentRule(), Rule)
    {
    }
}
