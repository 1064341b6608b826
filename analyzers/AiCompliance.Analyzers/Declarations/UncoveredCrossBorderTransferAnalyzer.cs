using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Declarations;

/// <summary>AIC110: data residency missing, or a dataset region not covered by a transfer.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UncoveredCrossBorderTransferAnalyzer : PolicyRuleAnalyzer
{
    public UncoveredCrossBorderTransferAnalyzer()
        : base(new UncoveredCrossBorderTransferRule())
    {
    }
}
