using System.Composition;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiCompliance.CodeFixes.Values;

/// <summary>
/// AIC201: replaces a licence with the SPDX expression it was meant to be (<c>Apache2</c> → <c>Apache-2.0</c>,
/// <c>MIT or Apache-2.0</c> → <c>MIT OR Apache-2.0</c>, <c>CC BY 4.0</c> → <c>CC-BY-4.0</c>); nothing for <c>GPLv3</c> (only or
/// or-later is a decision).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(InvalidLicenseCodeFixProvider)), Shared]
public sealed class InvalidLicenseCodeFixProvider : CorrectValueCodeFixProvider
{
    public InvalidLicenseCodeFixProvider()
        : base(InvalidLicenseRule.Rule.Id)
    {
    }
}
