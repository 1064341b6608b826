using System.Composition;
using AiCompliance.CodeFixes.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiCompliance.CodeFixes.Declarations;

/// <summary>AIC106: adds <c>[AccountableOwner]</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MissingAccountableOwnerCodeFixProvider)), Shared]
public sealed class MissingAccountableOwnerCodeFixProvider : AddDeclarationCodeFixProvider
{
    public MissingAccountableOwnerCodeFixProvider()
        : base(MissingAccountableOwnerRule.Rule.Id, "AccountableOwner(\"TODO: accountable team or person\")")
    {
    }
}
