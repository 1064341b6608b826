using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Declarations;

/// <summary>AIC114: an <c>[AiModel]</c> type the policy expects <c>[Explainability]</c> from declares none.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingExplainabilityAnalyzer : PolicyRuleAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.MissingExplainability,
        MissingExplainabilityRule.Title,
        MissingDeclarationRule.MessageFormat,
        RuleCategory.Declarations,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        MissingExplainabilityRule.Description,
        RuleDescriptor.HelpBaseUri + RuleIds.MissingExplainability + ".md");

    public MissingExplainabilityAnalyzer()
        : base(new MissingExplainabilityRule(), Rule)
    {
    }
}
