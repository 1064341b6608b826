using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Declarations;

/// <summary>AIC108: a model or one of its training datasets declares no licence.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingLicenseAnalyzer : PolicyRuleAnalyzer
{
    public MissingLicenseAnalyzer()
        : base(new MissingLicenseRule())
    {
    }
}
