using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Declarations;

/// <summary>AIC114: an <c>[AiModel]</c> type the policy expects <c>[Explainability]</c> from declares none.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingExplainabilityAnalyzer : PolicyRuleAnalyzer
{
    public MissingExplainabilityAnalyzer()
        : base(new MissingExplainabilityRule())
    {
    }
}
