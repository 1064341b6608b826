using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Consistency;

/// <summary>AIC302: a high-impact sector declared below High without a rationale.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HighImpactSectorBelowHighAnalyzer : PolicyRuleAnalyzer
{
    public HighImpactSectorBelowHighAnalyzer()
        : base(new HighImpactSectorBelowHighRule())
    {
    }
}
