using System.Composition;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiCompliance.CodeFixes.Values;

/// <summary>
/// AIC202: replaces a language tag with the BCP 47 tag it was meant to be (<c>en_US</c> → <c>en-US</c>, <c>eng</c> →
/// <c>en</c>, <c>iw</c> → <c>he</c>, <c>English</c> → <c>en</c>, <c>en-UK</c> → <c>en-GB</c>); nothing for <c>jp</c> or <c>en-EU</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(InvalidLanguageTagCodeFixProvider)), Shared]
public sealed class InvalidLanguageTagCodeFixProvider : CorrectValueCodeFixProvider
{
    public InvalidLanguageTagCodeFixProvider()
        : base(InvalidLanguageTagRule.Rule.Id)
    {
    }
}
