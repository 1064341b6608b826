using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Declarations;

/// <summary>AIC112: an <c>[AiModel]</c> type the policy expects <c>[Evaluation]</c> from declares none.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingEvaluationAnalyzer : PolicyRuleAnalyzer
{
    public MissingEvaluationAnalyzer()
        : base(new MissingEvaluationRule())
    {
    }
}
