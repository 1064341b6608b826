using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Declarations;

/// <summary>AIC120: an <c>[AiModel]</c> type the policy expects <c>[ComputeFootprint]</c> from declares none.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingComputeFootprintAnalyzer : PolicyRuleAnalyzer
{
    public MissingComputeFootprintAnalyzer()
        : base(new MissingComputeFootprintRule())
    {
    }
}
