using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Acceptances;

/// <summary>AIC308: a risk acceptance is incomplete or runs too long.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MalformedRiskAcceptanceAnalyzer : PolicyRuleAnalyzer
{
    public MalformedRiskAcceptanceAnalyzer()
        : base(new MalformedRiskAcceptanceRule())
    {
    }
}
