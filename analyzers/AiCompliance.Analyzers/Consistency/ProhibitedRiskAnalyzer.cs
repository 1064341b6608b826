using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Consistency;

/// <summary>AIC305: a model is declared RiskLevel.Prohibited.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ProhibitedRiskAnalyzer : PolicyRuleAnalyzer
{
    public ProhibitedRiskAnalyzer()
        : base(new ProhibitedRiskRule())
    {
    }
}
