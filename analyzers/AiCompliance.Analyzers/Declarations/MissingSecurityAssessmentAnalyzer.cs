using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Declarations;

/// <summary>AIC113: an <c>[AiModel]</c> type the policy expects <c>[SecurityAssessment]</c> from declares none.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingSecurityAssessmentAnalyzer : PolicyRuleAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.MissingSecurityAssessment,
        MissingSecurityAssessmentRule.Title,
        MissingDeclarationRule.MessageFormat,
        RuleCategory.Declarations,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        MissingSecurityAssessmentRule.Description,
        RuleDescriptor.HelpBaseUri + RuleIds.MissingSecurityAssessment + ".md");

    public MissingSecurityAssessmentAnalyzer()
        : base(new MissingSecurityAssessmentRule(), Rule)
    {
    }
}
