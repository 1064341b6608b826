using System.Composition;
using AiCompliance.CodeFixes.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiCompliance.CodeFixes.Declarations;

/// <summary>AIC111: adds <c>[FairnessAssessment]</c> with placeholders.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MissingFairnessAssessmentCodeFixProvider)), Shared]
public sealed class MissingFairnessAssessmentCodeFixProvider : AddDeclarationCodeFixProvider
{
    public MissingFairnessAssessmentCodeFixProvider()
        : base(MissingFairnessAssessmentRule.Rule.Id, "FairnessAssessment(\"TODO: protected attribute\")")
    {
    }
}
