using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Values;

/// <summary>AIC208: a declared text is empty or a placeholder.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PlaceholderTextAnalyzer : PolicyRuleAnalyzer
{
    public PlaceholderTextAnalyzer()
        : base(new PlaceholderTextRule())
    {
    }
}
