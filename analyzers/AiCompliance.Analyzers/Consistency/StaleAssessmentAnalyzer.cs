using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Consistency;

/// <summary>AIC304: an impact or security assessment is older than the configured maximum age.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StaleAssessmentAnalyzer : PolicyRuleAnalyzer
{
    public StaleAssessmentAnalyzer()
        : base(new StaleAssessmentRule())
    {
    }
}
