using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Declarations;

/// <summary>AIC121: no safety or red-teaming result for a declared language.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingSafetyEvaluationAnalyzer : PolicyRuleAnalyzer
{
    public MissingSafetyEvaluationAnalyzer()
        : base(new MissingSafetyEvaluationRule())
    {
    }
}
