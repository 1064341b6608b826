using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Values;

/// <summary>AIC211: a declared result differs from its evidence file.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EvidenceValueMismatchAnalyzer : PolicyRuleAnalyzer
{
    public EvidenceValueMismatchAnalyzer()
        : base(new EvidenceValueMismatchRule())
    {
    }
}
