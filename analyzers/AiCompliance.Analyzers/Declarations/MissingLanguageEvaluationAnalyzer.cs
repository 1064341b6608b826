using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Declarations;

/// <summary>AIC123: no performance result for a declared language.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingLanguageEvaluationAnalyzer : PolicyRuleAnalyzer
{
    public MissingLanguageEvaluationAnalyzer()
        : base(new MissingLanguageEvaluationRule())
    {
    }
}
