using System.Composition;
using AiCompliance.CodeFixes.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiCompliance.CodeFixes.Declarations;

/// <summary>AIC104: adds <c>[ImpactAssessment]</c> with placeholders.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MissingImpactAssessmentCodeFixProvider)), Shared]
public sealed class MissingImpactAssessmentCodeFixProvider : AddDeclarationCodeFixProvider
{
    public MissingImpactAssessmentCodeFixProvider()
        : base(MissingImpactAssessmentRule.Rule.Id, "ImpactAssessment(\"TODO: assessment document id or URL\")")
    {
    }
}
