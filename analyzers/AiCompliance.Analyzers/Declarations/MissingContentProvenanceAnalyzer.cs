using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Declarations;

/// <summary>AIC116: an <c>[AiModel]</c> type the policy expects <c>[ContentProvenance]</c> from declares none.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingContentProvenanceAnalyzer : PolicyRuleAnalyzer
{
    public MissingContentProvenanceAnalyzer()
        : base(new MissingContentProvenanceRule())
    {
    }
}
