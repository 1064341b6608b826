using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Declarations;

/// <summary>AIC104: an <c>[AiModel]</c> type the policy expects <c>[ImpactAssessment]</c> from declares none.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingImpactAssessmentAnalyzer : PolicyRuleAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.MissingImpactAssessment,
        MissingImpactAssessmentRule.Title,
        MissingDeclarationRule.MessageFormat,
        RuleCategory.Declarations,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        MissingImpactAssessmentRule.Description,
        RuleDescriptor.HelpBaseUri + RuleIds.MissingImpactAssessment + ".md");

    public MissingImpactAssessmentAnalyzer()
        : base(new MissingImpactAssessmentRule(), Rule)
    {
    }
}
