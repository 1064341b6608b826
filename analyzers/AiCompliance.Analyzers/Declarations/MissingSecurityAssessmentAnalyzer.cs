using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Declarations;

/// <summary>AIC113: an <c>[AiModel]</c> type the policy expects <c>[SecurityAssessment]</c> from declares none.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingSecurityAssessmentAnalyzer : PolicyRuleAnalyzer
{
    public MissingSecurityAssessmentAnalyzer()
        : base(new MissingSecurityAssessmentRule())
    {
    }
}
