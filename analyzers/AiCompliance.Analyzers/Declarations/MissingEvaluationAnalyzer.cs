using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Declarations;

/// <summary>AIC112: an <c>[AiModel]</c> type the policy expects <c>[Evaluation]</c> from declares none.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingEvaluationAnalyzer : PolicyRuleAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.MissingEvaluation,
        MissingEvaluationRule.Title,
        MissingDeclarationRule.MessageFormat,
        RuleCategory.Declarations,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        MissingEvaluationRule.Description,
        RuleDescriptor.HelpBaseUri + RuleIds.MissingEvaluation + ".md");

    public MissingEvaluationAnalyzer()
        : base(new MissingEvaluationRule(), Rule)
    {
    }
}
