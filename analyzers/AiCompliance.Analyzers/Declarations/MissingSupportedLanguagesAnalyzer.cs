using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Declarations;

/// <summary>AIC117: an <c>[AiModel]</c> type the policy expects <c>[SupportedLanguages]</c> from declares none.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingSupportedLanguagesAnalyzer : PolicyRuleAnalyzer
{
    public MissingSupportedLanguagesAnalyzer()
        : base(new MissingSupportedLanguagesRule())
    {
    }
}
