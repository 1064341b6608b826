using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Declarations;

/// <summary>AIC118: an <c>[AiModel]</c> type the policy expects <c>[DecisionLogging]</c> from declares none.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingDecisionLoggingAnalyzer : PolicyRuleAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.MissingDecisionLogging,
        MissingDecisionLoggingRule.Title,
        MissingDeclarationRule.MessageFormat,
        RuleCategory.Declarations,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        MissingDecisionLoggingRule.Description,
        RuleDescriptor.HelpBaseUri + RuleIds.MissingDecisionLogging + ".md");

    public MissingDecisionLoggingAnalyzer()
        : base(new MissingDecisionLoggingRule(), Rule)
    {
    }
}
