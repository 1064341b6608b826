using System.Composition;
using AiCompliance.CodeFixes.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiCompliance.CodeFixes.Declarations;

/// <summary>AIC107: adds <c>[TrainedOn]</c> with placeholders.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddDataProvenanceCodeFixProvider)), Shared]
public sealed class AddDataProvenanceCodeFixProvider : AddDeclarationCodeFixProvider
{
    public AddDataProvenanceCodeFixProvider()
        : base(RuleIds.MissingDataProvenance, "TrainedOn(\"TODO: dataset id\")")
    {
    }
}
