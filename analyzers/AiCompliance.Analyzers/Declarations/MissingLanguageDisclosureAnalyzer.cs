using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Declarations;

/// <summary>AIC122: no AI disclosure in a declared language.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingLanguageDisclosureAnalyzer : PolicyRuleAnalyzer
{
    public MissingLanguageDisclosureAnalyzer()
        : base(new MissingLanguageDisclosureRule())
    {
    }
}
