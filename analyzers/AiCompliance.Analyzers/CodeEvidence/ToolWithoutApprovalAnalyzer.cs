using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.CodeEvidence;

/// <summary>AIC402: a model declared with a human in the loop exposes an AIFunctionFactory tool without approval.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ToolWithoutApprovalAnalyzer : PolicyRuleAnalyzer
{
    public ToolWithoutApprovalAnalyzer()
        : base(new ToolWithoutApprovalRule())
    {
    }
}
