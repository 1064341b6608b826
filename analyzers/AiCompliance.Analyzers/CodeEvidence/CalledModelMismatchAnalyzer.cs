using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.CodeEvidence;

/// <summary>AIC401: the model's code calls a model name other than its declared BaseModel (or declares none).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CalledModelMismatchAnalyzer : PolicyRuleAnalyzer
{
    public CalledModelMismatchAnalyzer()
        : base(new CalledModelMismatchRule())
    {
    }
}
