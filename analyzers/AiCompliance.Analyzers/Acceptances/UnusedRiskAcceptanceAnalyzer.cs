using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Acceptances;

/// <summary>AIC307: a risk acceptance matches no finding. Reported at compilation end: it needs every model.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnusedRiskAcceptanceAnalyzer : PolicyRuleAnalyzer
{
    public UnusedRiskAcceptanceAnalyzer()
        : base(new UnusedRiskAcceptanceRule())
    {
    }
}
