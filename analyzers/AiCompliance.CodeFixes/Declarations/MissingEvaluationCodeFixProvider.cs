using System.Composition;
using AiCompliance.CodeFixes.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiCompliance.CodeFixes.Declarations;

/// <summary>AIC112: adds <c>[Evaluation]</c> with placeholders.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MissingEvaluationCodeFixProvider)), Shared]
public sealed class MissingEvaluationCodeFixProvider : AddDeclarationCodeFixProvider
{
    public MissingEvaluationCodeFixProvider()
        : base(MissingEvaluationRule.Rule.Id, "Evaluation(\"TODO: metric\", double.NaN)")
    {
    }
}
