using System.Composition;
using AiCompliance.CodeFixes.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiCompliance.CodeFixes.Declarations;

/// <summary>AIC115: adds <c>[AiDisclosure]</c> with placeholders.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MissingAiDisclosureCodeFixProvider)), Shared]
public sealed class MissingAiDisclosureCodeFixProvider : AddDeclarationCodeFixProvider
{
    public MissingAiDisclosureCodeFixProvider()
        : base(MissingAiDisclosureRule.Rule.Id, "AiDisclosure(\"TODO: the notice shown to people\")")
    {
    }
}
