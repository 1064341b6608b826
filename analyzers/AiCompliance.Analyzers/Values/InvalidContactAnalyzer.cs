using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Values;

/// <summary>AIC206: a contact is neither an email address nor a URL.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidContactAnalyzer : PolicyRuleAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.InvalidContact,
        InvalidContactRule.Title,
        InvalidContactRule.MessageFormat,
        RuleCategory.Values,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        InvalidContactRule.Description,
        RuleDescriptor.HelpBaseUri + RuleIds.InvalidContact + ".md");

    public InvalidContactAnalyzer()
        : base(new InvalidContactRule(), Rule)
    {
    }
}
