using System.Composition;
using AiCompliance.CodeFixes.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiCompliance.CodeFixes.Declarations;

/// <summary>AIC102: adds <c>[IntendedUse]</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MissingIntendedUseCodeFixProvider)), Shared]
public sealed class MissingIntendedUseCodeFixProvider : AddDeclarationCodeFixProvider
{
    public MissingIntendedUseCodeFixProvider()
        : base(MissingIntendedUseRule.Rule.Id, "IntendedUse(\"TODO: what the model is for\")")
    {
    }
}
