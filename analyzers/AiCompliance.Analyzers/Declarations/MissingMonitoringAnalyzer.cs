using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Declarations;

/// <summary>AIC119: an <c>[AiModel]</c> type the policy expects <c>[Monitoring]</c> from declares none.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingMonitoringAnalyzer : PolicyRuleAnalyzer
{
    public MissingMonitoringAnalyzer()
        : base(new MissingMonitoringRule())
    {
    }
}
