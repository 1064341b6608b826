using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Declarations;

/// <summary>AIC104: an <c>[AiModel]</c> type the policy expects <c>[ImpactAssessment]</c> from declares none.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingImpactAssessmentAnalyzer : PolicyRuleAnalyzer
{
    public MissingImpactAssessmentAnalyzer()
        : base(new MissingImpactAssessmentRule())
    {
    }
}
