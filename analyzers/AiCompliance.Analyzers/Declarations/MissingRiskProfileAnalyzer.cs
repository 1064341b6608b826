using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Declarations;

/// <summary>AIC101: an <c>[AiModel]</c> type declares no <c>[RiskProfile]</c>.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingRiskProfileAnalyzer : PolicyRuleAnalyzer
{
    public MissingRiskProfileAnalyzer()
        : base(new MissingRiskProfileRule())
    {
    }
}
