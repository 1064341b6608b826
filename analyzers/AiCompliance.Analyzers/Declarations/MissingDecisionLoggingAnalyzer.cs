using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Declarations;

/// <summary>AIC118: an <c>[AiModel]</c> type the policy expects <c>[DecisionLogging]</c> from declares none.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingDecisionLoggingAnalyzer : PolicyRuleAnalyzer
{
    public MissingDecisionLoggingAnalyzer()
        : base(new MissingDecisionLoggingRule())
    {
    }
}
