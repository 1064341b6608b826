using System.Composition;
using AiCompliance.CodeFixes.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiCompliance.CodeFixes.Declarations;

/// <summary>AIC114: adds <c>[Explainability]</c> with placeholders.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MissingExplainabilityCodeFixProvider)), Shared]
public sealed class MissingExplainabilityCodeFixProvider : AddDeclarationCodeFixProvider
{
    public MissingExplainabilityCodeFixProvider()
        : base(MissingExplainabilityRule.Rule.Id, "Explainability(\"TODO: how outputs are explained\")")
    {
    }
}
