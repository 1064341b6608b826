using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Declarations;

/// <summary>AIC107: an <c>[AiModel]</c> type the policy expects <c>[TrainedOn]</c> from declares none.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingDataProvenanceAnalyzer : PolicyRuleAnalyzer
{
    public MissingDataProvenanceAnalyzer()
        : base(new MissingDataProvenanceRule())
    {
    }
}
