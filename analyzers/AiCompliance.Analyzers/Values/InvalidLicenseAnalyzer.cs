using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Values;

/// <summary>AIC201: a licence is not a valid SPDX expression.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidLicenseAnalyzer : PolicyRuleAnalyzer
{
    public InvalidLicenseAnalyzer()
        : base(new InvalidLicenseRule())
    {
    }
}
