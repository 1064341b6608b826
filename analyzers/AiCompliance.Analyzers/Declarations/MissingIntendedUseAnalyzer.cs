using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Declarations;

/// <summary>AIC102: an <c>[AiModel]</c> type declares no <c>[IntendedUse]</c>.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingIntendedUseAnalyzer : PolicyRuleAnalyzer
{
    public MissingIntendedUseAnalyzer()
        : base(new MissingIntendedUseRule())
    {
    }
}
