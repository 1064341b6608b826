using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Consistency;

/// <summary>AIC303: a high-risk model declares HumanOutOfTheLoop oversight.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HighRiskWithoutHumanAnalyzer : PolicyRuleAnalyzer
{
    public HighRiskWithoutHumanAnalyzer()
        : base(new HighRiskWithoutHumanRule())
    {
    }
}
