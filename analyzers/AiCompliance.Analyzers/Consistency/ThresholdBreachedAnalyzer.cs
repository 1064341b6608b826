using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Consistency;

/// <summary>AIC301: an evaluation or fairness result breaches its own threshold.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ThresholdBreachedAnalyzer : PolicyRuleAnalyzer
{
    public ThresholdBreachedAnalyzer()
        : base(new ThresholdBreachedRule())
    {
    }
}
