using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Declarations;

/// <summary>AIC120: an <c>[AiModel]</c> type the policy expects <c>[ComputeFootprint]</c> from declares none.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingComputeFootprintAnalyzer : PolicyRuleAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.MissingComputeFootprint,
        MissingComputeFootprintRule.Title,
        MissingDeclarationRule.MessageFormat,
        RuleCategory.Declarations,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        MissingComputeFootprintRule.Description,
        RuleDescriptor.HelpBaseUri + RuleIds.MissingComputeFootprint + ".md");

    public MissingComputeFootprintAnalyzer()
        : base(new MissingComputeFootprintRule(), Rule)
    {
    }
}
