using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Structure;

/// <summary>AIC006: two model ids give one card file name. Reported at compilation end: it needs every model.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CardFileNameCollisionAnalyzer : PolicyRuleAnalyzer
{
    public CardFileNameCollisionAnalyzer()
        : base(new CardFileNameCollisionRule())
    {
    }
}
