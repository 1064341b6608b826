using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Values;

/// <summary>AIC205: a date is invalid or in the future.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidDateAnalyzer : PolicyRuleAnalyzer
{
    public InvalidDateAnalyzer()
        : base(new InvalidDateRule())
    {
    }
}
