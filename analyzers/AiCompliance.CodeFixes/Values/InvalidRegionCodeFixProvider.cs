using System.Composition;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiCompliance.CodeFixes.Values;

/// <summary>
/// AIC203: replaces a region with the ISO 3166-1 alpha-2 code it names (<c>vn</c> → <c>VN</c>, <c>UK</c> → <c>GB</c>,
/// <c>VNM</c> → <c>VN</c>, <c>Singapore</c> → <c>SG</c>); nothing for <c>EU</c> (list the member states).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(InvalidRegionCodeFixProvider)), Shared]
public sealed class InvalidRegionCodeFixProvider : CorrectValueCodeFixProvider
{
    public InvalidRegionCodeFixProvider()
        : base(InvalidRegionRule.Rule.Id)
    {
    }
}
