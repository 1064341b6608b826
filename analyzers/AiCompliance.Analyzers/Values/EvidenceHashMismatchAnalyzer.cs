using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Values;

/// <summary>AIC210: an evidence file is not pinned by its SHA-256, or has changed since.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EvidenceHashMismatchAnalyzer : PolicyRuleAnalyzer
{
    public EvidenceHashMismatchAnalyzer()
        : base(new EvidenceHashMismatchRule())
    {
    }
}
