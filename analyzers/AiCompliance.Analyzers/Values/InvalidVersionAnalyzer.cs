using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Values;

/// <summary>AIC204: a model version is not a Semantic Version.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidVersionAnalyzer : PolicyRuleAnalyzer
{
    public InvalidVersionAnalyzer()
        : base(new InvalidVersionRule())
    {
    }
}
