using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Structure;

/// <summary>AIC003: a model names a dataset that no [assembly: Dataset] declares.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnknownDatasetAnalyzer : PolicyRuleAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.UnknownDataset,
        UnknownDatasetRule.Title,
        UnknownDatasetRule.MessageFormat,
        RuleCategory.Structure,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        UnknownDatasetRule.Description,
        RuleDescriptor.HelpBaseUri + RuleIds.UnknownDataset + ".md");

    public UnknownDatasetAnalyzer()
        : base(new UnknownDatasetRule(), Rule)
    {
    }
}
