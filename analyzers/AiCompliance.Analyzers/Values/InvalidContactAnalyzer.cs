using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Values;

/// <summary>AIC206: a contact is neither an email address nor a URL.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidContactAnalyzer : PolicyRuleAnalyzer
{
    public InvalidContactAnalyzer()
        : base(new InvalidContactRule())
    {
    }
}
