using System.Composition;
using AiCompliance.CodeFixes.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiCompliance.CodeFixes.Declarations;

/// <summary>
/// AIC110: adds <c>[DataTransfer("from", "to", Mechanism = …)]</c> for the uncovered pair the diagnostic names, or
/// <c>[DataResidency(…)]</c> when the model declares none.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UncoveredCrossBorderTransferCodeFixProvider)), Shared]
public sealed class UncoveredCrossBorderTransferCodeFixProvider : AddDeclarationCodeFixProvider
{
    public UncoveredCrossBorderTransferCodeFixProvider()
        : base(UncoveredCrossBorderTransferRule.Rule.Id, "DataResidency(\"TODO: ISO 3166-1 alpha-2 code\")")
    {
    }

    protected override string? AttributeText(Diagnostic diagnostic, TypeDeclarationSyntax type)
    {
        if (diagnostic.Properties.TryGetValue(UncoveredCrossBorderTransferRule.FromProperty, out var from) && from is not null &&
            diagnostic.Properties.TryGetValue(UncoveredCrossBorderTransferRule.ToProperty, out var to) && to is not null)
        {
            return "DataTransfer(" + Literal(from) + ", " + Literal(to) + ", Mechanism = \"TODO: legal mechanism for the transfer\")";
        }

        return base.AttributeText(diagnostic, type);
    }

    private static string Literal(string value) =>
        Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(value, quote: true);
}
