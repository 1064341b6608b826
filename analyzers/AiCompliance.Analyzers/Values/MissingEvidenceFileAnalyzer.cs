using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Values;

/// <summary>AIC209: a declaration names an evidence file the build was not given.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingEvidenceFileAnalyzer : PolicyRuleAnalyzer
{
    public MissingEvidenceFileAnalyzer()
        : base(new MissingEvidenceFileRule())
    {
    }
}
