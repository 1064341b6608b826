using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Declarations;

/// <summary>AIC105: an <c>[AiModel]</c> type the policy expects <c>[HumanOversight]</c> from declares none.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingHumanOversightAnalyzer : PolicyRuleAnalyzer
{
    public MissingHumanOversightAnalyzer()
        : base(new MissingHumanOversightRule())
    {
    }
}
