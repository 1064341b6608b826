using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.CodeEvidence;

/// <summary>AIC405: a value from an HTTP request reaches a system message, agent instructions or a prompt template (CWE-1427).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UntrustedInputInInstructionsAnalyzer : PolicyRuleAnalyzer
{
    public UntrustedInputInInstructionsAnalyzer()
        : base(new UntrustedInputInInstructionsRule())
    {
    }
}
