using System.Composition;
using AiCompliance.CodeFixes.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiCompliance.CodeFixes.Structure;

/// <summary>
/// AIC004: the type carries declarations, so it is a model: adds <c>[AiModel("kebab-case-name")]</c> once, whatever
/// the number of declarations reported on it.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DeclarationWithoutModelCodeFixProvider)), Shared]
public sealed class DeclarationWithoutModelCodeFixProvider : AddDeclarationCodeFixProvider
{
    public DeclarationWithoutModelCodeFixProvider()
        : base(DeclarationWithoutModelRule.Rule.Id, "AiModel")
    {
    }

    protected override string? AttributeText(Diagnostic diagnostic, TypeDeclarationSyntax type) =>
        "AiModel(" + SymbolDisplay.FormatLiteral(AiApiOutsideModelCodeFixProvider.ToKebabCase(type.Identifier.ValueText), quote: true) + ")";
}
