using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Values;

/// <summary>AIC205: a date is invalid or in the future.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidDateAnalyzer : PolicyRuleAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.InvalidDate,
        InvalidDateRule.Title,
        InvalidDateRule.MessageFormat,
        RuleCategory.Values,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        InvalidDateRule.Description,
        RuleDescriptor.HelpBaseUri + RuleIds.InvalidDate + ".md");

    public InvalidDateAnalyzer()
        : base(new InvalidDateRule(), Rule)
    {
    }
}
