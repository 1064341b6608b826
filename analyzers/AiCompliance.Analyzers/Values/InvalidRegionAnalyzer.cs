using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Values;

/// <summary>AIC203: a region is not an ISO 3166-1 alpha-2 code.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidRegionAnalyzer : PolicyRuleAnalyzer
{
    public InvalidRegionAnalyzer()
        : base(new InvalidRegionRule())
    {
    }
}
