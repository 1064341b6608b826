using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Values;

/// <summary>AIC202: a language tag is not valid BCP 47.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidLanguageTagAnalyzer : PolicyRuleAnalyzer
{
    public InvalidLanguageTagAnalyzer()
        : base(new InvalidLanguageTagRule())
    {
    }
}
