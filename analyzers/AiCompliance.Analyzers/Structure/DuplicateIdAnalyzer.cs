using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Structure;

/// <summary>AIC002: two models or two datasets share an id. Reported at compilation end: it needs every model.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DuplicateIdAnalyzer : PolicyRuleAnalyzer
{
    public DuplicateIdAnalyzer()
        : base(new DuplicateIdRule())
    {
    }
}
