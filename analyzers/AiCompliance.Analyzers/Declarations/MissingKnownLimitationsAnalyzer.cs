using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Declarations;

/// <summary>AIC103: an <c>[AiModel]</c> type the policy expects <c>[KnownLimitation]</c> from declares none.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingKnownLimitationsAnalyzer : PolicyRuleAnalyzer
{
    public MissingKnownLimitationsAnalyzer()
        : base(new MissingKnownLimitationsRule())
    {
    }
}
