using System.Composition;
using AiCompliance.CodeFixes.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiCompliance.CodeFixes.Declarations;

/// <summary>AIC105: adds <c>[HumanOversight]</c> with placeholders.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MissingHumanOversightCodeFixProvider)), Shared]
public sealed class MissingHumanOversightCodeFixProvider : AddDeclarationCodeFixProvider
{
    public MissingHumanOversightCodeFixProvider()
        : base(MissingHumanOversightRule.Rule.Id, "HumanOversight(OversightMode.HumanInTheLoop, Reviewer = \"TODO: role of the person who reviews decisions\")")
    {
    }
}
