using System.Composition;
using AiCompliance.CodeFixes.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiCompliance.CodeFixes.Declarations;

/// <summary>AIC102: adds <c>[IntendedUse]</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddIntendedUseCodeFixProvider)), Shared]
public sealed class AddIntendedUseCodeFixProvider : AddDeclarationCodeFixProvider
{
    public AddIntendedUseCodeFixProvider()
        : base(RuleIds.MissingIntendedUse, "IntendedUse(\"TODO: what the model is for\")")
    {
    }
}
