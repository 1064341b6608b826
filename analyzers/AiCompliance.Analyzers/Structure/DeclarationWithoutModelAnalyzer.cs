using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Structure;

/// <summary>AIC004: a declaration attribute on a type without [AiModel].</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DeclarationWithoutModelAnalyzer : PolicyRuleAnalyzer
{
    public DeclarationWithoutModelAnalyzer()
        : base(new DeclarationWithoutModelRule())
    {
    }
}
