using System.Composition;
using AiCompliance.CodeFixes.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiCompliance.CodeFixes.Declarations;

/// <summary>AIC116: adds <c>[ContentProvenance]</c> with placeholders.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MissingContentProvenanceCodeFixProvider)), Shared]
public sealed class MissingContentProvenanceCodeFixProvider : AddDeclarationCodeFixProvider
{
    public MissingContentProvenanceCodeFixProvider()
        : base(MissingContentProvenanceRule.Rule.Id, "ContentProvenance(ProvenanceMethod.VisibleLabel, Standard = \"TODO: how generated content is marked\")")
    {
    }
}
