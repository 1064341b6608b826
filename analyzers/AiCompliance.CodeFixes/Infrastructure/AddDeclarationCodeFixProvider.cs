using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
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
public abstract class AddDeclarationCodeFixProvider : CodeFixProvider
{
    private readonly string _diagnosticId;
    private readonly string _attributeText;
    private readonly string _title;

    /// <param name="diagnosticId">The rule the fix answers.</param>
    /// <param name="attributeText">The attribute to add, without brackets, for example <c>IntendedUse("TODO: ...")</c>.</param>
    private protected AddDeclarationCodeFixProvider(string diagnosticId, string attributeText)
    {
        _diagnosticId = diagnosticId;
        _attributeText = attributeText;
        var name = attributeText.IndexOf('(') is var paren and > 0 ? attributeText.Substring(0, paren) : attributeText;
        _title = "Add [" + name + "] with placeholders";
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

            context.RegisterCodeFix(
                CodeAction.Create(_title, ct => AddAsync(context.Document, new[] { type }, ct), equivalenceKey: _diagnosticId),
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

        var types = new List<TypeDeclarationSyntax>();
        foreach (var diagnostic in diagnostics)
        {
            if (AttributeInserter.FindTypeDeclaration(root, diagnostic) is { } type && !types.Contains(type))
            {
                types.Add(type);
            }
        }

        return await AddAsync(document, types, context.CancellationToken).ConfigureAwait(false);
    }

    private Task<Document> AddAsync(Document document, IReadOnlyList<TypeDeclarationSyntax> types, CancellationToken cancellationToken)
    {
        var additions = new List<(TypeDeclarationSyntax, string)>(types.Count);
        foreach (var type in types)
        {
            additions.Add((type, _attributeText));
        }

        return AttributeInserter.AddAsync(document, additions, cancellationToken);
    }
}
