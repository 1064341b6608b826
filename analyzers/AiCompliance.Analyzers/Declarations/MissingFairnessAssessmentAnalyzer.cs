using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Declarations;

/// <summary>AIC111: an <c>[AiModel]</c> type the policy expects <c>[FairnessAssessment]</c> from declares none.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingFairnessAssessmentAnalyzer : PolicyRuleAnalyzer
{
    public MissingFairnessAssessmentAnalyzer()
        : base(new MissingFairnessAssessmentRule())
    {
    }
}
