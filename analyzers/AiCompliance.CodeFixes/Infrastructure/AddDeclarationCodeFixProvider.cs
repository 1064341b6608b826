using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiCompliance.CodeFixes.Infrastructure;

/// <summary>
/// The fix shared by the AIC1xx rules: add the missing attribute with every required argument filled by a visible
/// placeholder. AIC208 reports the placeholders, so a build is never green on a skeleton.
/// </summary>
/// <remarks>
/// Named for what it does, not for a rule, because it serves several: each rule's sealed provider (for example
/// <c>MissingAccountableOwnerCodeFixProvider</c>) carries the rule's name stem and only names its rule and attribute.
/// </remarks>
public abstract class AddDeclarationCodeFixProvider : CodeFixProvider
{
    private readonly string _diagnosticId;
    private readonly string _attributeText;

    /// <param name="diagnosticId">The rule the fix answers.</param>
    /// <param name="attributeText">The attribute to add, without brackets, for example <c>IntendedUse("TODO: ...")</c>.</param>
    private protected AddDeclarationCodeFixProvider(string diagnosticId, string attributeText)
    {
        _diagnosticId = diagnosticId;
        _attributeText = attributeText;
    }

    public sealed override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(_diagnosticId);

    public sealed override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (AttributeInserter.FindTypeDeclaration(root, diagnostic) is not { } type)
            {
                continue;
            }

            var text = AttributeText(diagnostic, type);
            if (text is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(Title(text), ct => AttributeInserter.AddAsync(context.Document, new[] { (type, text) }, ct), equivalenceKey: _diagnosticId),
                diagnostic);
        }
    }

    private async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var additions = new List<(TypeDeclarationSyntax, string)>();
        foreach (var diagnostic in diagnostics)
        {
            if (AttributeInserter.FindTypeDeclaration(root, diagnostic) is { } type && AttributeText(diagnostic, type) is { } text && !additions.Contains((type, text)))
            {
                additions.Add((type, text));
            }
        }

        return await AttributeInserter.AddAsync(document, additions, context.CancellationToken).ConfigureAwait(false);
    }

    /// <summary>The attribute to add for a diagnostic, without brackets; <see langword="null"/> when this fix does not apply.</summary>
    protected virtual string? AttributeText(Diagnostic diagnostic, TypeDeclarationSyntax type) => _attributeText;

    private static string Title(string attributeText)
    {
        var paren = attributeText.IndexOf('(');
        return CodeFixTexts.AddDeclarationWithPlaceholders(paren > 0 ? attributeText.Substring(0, paren) : attributeText);
    }
}
