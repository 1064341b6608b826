using System.Composition;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiCompliance.CodeFixes.Values;

/// <summary>
/// AIC204: replaces a model version with the Semantic Version it was meant to be (<c>v1.2.0</c> → <c>1.2.0</c>,
/// <c>1.02.0</c> → <c>1.2.0</c>, <c>1.2</c> → <c>1.2.0</c>); nothing for <c>1.2.3.4</c> or <c>latest</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(InvalidVersionCodeFixProvider)), Shared]
public sealed class InvalidVersionCodeFixProvider : CorrectValueCodeFixProvider
{
    public InvalidVersionCodeFixProvider()
        : base(InvalidVersionRule.Rule.Id)
    {
    }
}
