using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Declarations;

/// <summary>AIC115: an <c>[AiModel]</c> type the policy expects <c>[AiDisclosure]</c> from declares none.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingAiDisclosureAnalyzer : PolicyRuleAnalyzer
{
    public MissingAiDisclosureAnalyzer()
        : base(new MissingAiDisclosureRule())
    {
    }
}
