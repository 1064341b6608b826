using System.Composition;
using AiCompliance.CodeFixes.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiCompliance.CodeFixes.Declarations;

/// <summary>AIC107: adds <c>[TrainedOn]</c> with placeholders.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MissingDataProvenanceCodeFixProvider)), Shared]
public sealed class MissingDataProvenanceCodeFixProvider : AddDeclarationCodeFixProvider
{
    public MissingDataProvenanceCodeFixProvider()
        : base(MissingDataProvenanceRule.Rule.Id, "TrainedOn(\"TODO: dataset id\")")
    {
    }
}
