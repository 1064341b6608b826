using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Values;

/// <summary>AIC207: a number is not a number or out of range for its metric.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidMetricValueAnalyzer : PolicyRuleAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.InvalidMetricValue,
        InvalidMetricValueRule.Title,
        InvalidMetricValueRule.MessageFormat,
        RuleCategory.Values,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        InvalidMetricValueRule.Description,
        RuleDescriptor.HelpBaseUri + RuleIds.InvalidMetricValue + ".md");

    public InvalidMetricValueAnalyzer()
        : base(new InvalidMetricValueRule(), Rule)
    {
    }
}
