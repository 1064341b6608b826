using System.Composition;
using AiCompliance.CodeFixes.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiCompliance.CodeFixes.Declarations;

/// <summary>AIC117: adds <c>[SupportedLanguages]</c> with placeholders.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MissingSupportedLanguagesCodeFixProvider)), Shared]
public sealed class MissingSupportedLanguagesCodeFixProvider : AddDeclarationCodeFixProvider
{
    public MissingSupportedLanguagesCodeFixProvider()
        : base(MissingSupportedLanguagesRule.Rule.Id, "SupportedLanguages(\"TODO: BCP 47 language tag\")")
    {
    }
}
