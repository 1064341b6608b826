using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Declarations;

/// <summary>AIC119: an <c>[AiModel]</c> type the policy expects <c>[Monitoring]</c> from declares none.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingMonitoringAnalyzer : PolicyRuleAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.MissingMonitoring,
        MissingMonitoringRule.Title,
        MissingDeclarationRule.MessageFormat,
        RuleCategory.Declarations,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        MissingMonitoringRule.Description,
        RuleDescriptor.HelpBaseUri + RuleIds.MissingMonitoring + ".md");

    public MissingMonitoringAnalyzer()
        : base(new MissingMonitoringRule(), Rule)
    {
    }
}
