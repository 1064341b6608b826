using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Values;

/// <summary>AIC207: a number is not a number or out of range for its metric.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidMetricValueAnalyzer : PolicyRuleAnalyzer
{
    public InvalidMetricValueAnalyzer()
        : base(new InvalidMetricValueRule())
    {
    }
}
