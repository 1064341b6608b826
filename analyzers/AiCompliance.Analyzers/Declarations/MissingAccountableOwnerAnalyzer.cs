using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Declarations;

/// <summary>AIC106: an <c>[AiModel]</c> type declares no <c>[AccountableOwner]</c>.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingAccountableOwnerAnalyzer : PolicyRuleAnalyzer
{
    public MissingAccountableOwnerAnalyzer()
        : base(new MissingAccountableOwnerRule())
    {
    }
}
