using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Acceptances;

/// <summary>AIC306: a risk acceptance has expired.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ExpiredRiskAcceptanceAnalyzer : PolicyRuleAnalyzer
{
    public ExpiredRiskAcceptanceAnalyzer()
        : base(new ExpiredRiskAcceptanceRule())
    {
    }
}
