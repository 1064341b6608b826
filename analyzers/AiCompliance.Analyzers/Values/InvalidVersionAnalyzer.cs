using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Values;

/// <summary>AIC204: a model version is not a Semantic Version.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidVersionAnalyzer : PolicyRuleAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.InvalidVersion,
        InvalidVersionRule.Title,
        InvalidVersionRule.MessageFormat,
        RuleCategory.Values,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        InvalidVersionRule.Description,
        RuleDescriptor.HelpBaseUri + RuleIds.InvalidVersion + ".md");

    public InvalidVersionAnalyzer()
        : base(new InvalidVersionRule(), Rule)
    {
    }
}
