using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Structure;

/// <summary>AIC003: a model names a dataset that no [assembly: Dataset] declares.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnknownDatasetAnalyzer : PolicyRuleAnalyzer
{
    public UnknownDatasetAnalyzer()
        : base(new UnknownDatasetRule())
    {
    }
}
