using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.CodeEvidence;

/// <summary>AIC403: a model sends data to an endpoint in a country outside its declared data residency, with no transfer declared.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EndpointOutsideResidencyAnalyzer : PolicyRuleAnalyzer
{
    public EndpointOutsideResidencyAnalyzer()
        : base(new EndpointOutsideResidencyRule())
    {
    }
}
