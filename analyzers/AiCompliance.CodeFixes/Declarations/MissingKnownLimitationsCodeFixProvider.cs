using System.Composition;
using AiCompliance.CodeFixes.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiCompliance.CodeFixes.Declarations;

/// <summary>AIC103: adds <c>[KnownLimitation]</c> with placeholders.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MissingKnownLimitationsCodeFixProvider)), Shared]
public sealed class MissingKnownLimitationsCodeFixProvider : AddDeclarationCodeFixProvider
{
    public MissingKnownLimitationsCodeFixProvider()
        : base(MissingKnownLimitationsRule.Rule.Id, "KnownLimitation(\"TODO: what the model does badly or cannot do\")")
    {
    }
}
