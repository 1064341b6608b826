using System.Composition;
using AiCompliance.CodeFixes.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiCompliance.CodeFixes.Declarations;

/// <summary>AIC101: adds <c>[RiskProfile]</c>. High is the cautious default until the team decides.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MissingRiskProfileCodeFixProvider)), Shared]
public sealed class MissingRiskProfileCodeFixProvider : AddDeclarationCodeFixProvider
{
    public MissingRiskProfileCodeFixProvider()
        : base(MissingRiskProfileRule.Rule.Id, "RiskProfile(RiskLevel.High, Rationale = \"TODO: why this risk level and these sectors\")")
    {
    }
}
