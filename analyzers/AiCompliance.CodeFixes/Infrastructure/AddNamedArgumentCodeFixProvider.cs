using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiCompliance.CodeFixes.Infrastructure;

/// <summary>
/// The fix for rules whose remedy is one more property on an attribute that is already there (a licence on
/// <c>[AiModel]</c>, a legal basis on <c>[assembly: Dataset]</c>): adds it with a placeholder value.
/// </summary>
/// <remarks>
/// Named for what it does, not for a rule, because it serves several: each rule's sealed provider (for example
/// <c>MissingLicenseCodeFixProvider</c>) carries the rule's name stem.
/// </remarks>
public abstract class AddNamedArgumentCodeFixProvider : CodeFixProvider
{
    private readonly string _diagnosticId;
    private readonly string _propertyName;
    private readonly string _placeholder;

    private protected AddNamedArgumentCodeFixProvider(string diagnosticId, string propertyName, string placeholder)
    {
        _diagnosticId = diagnosticId;
        _propertyName = propertyName;
        _placeholder = placeholder;
    }

    public sealed override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(_diagnosticId);

    public sealed override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var semanticModel = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || semanticModel is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (FindAttribute(root, semanticModel, diagnostic, context.CancellationToken) is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(CodeFixTexts.AddPropertyWithPlaceholder(_propertyName), ct => FixAsync(context.Document, new[] { diagnostic }, ct), equivalenceKey: _diagnosticId),
                    diagnostic);
            }
        }
    }

    /// <summary>The attribute to extend for this diagnostic, or <see langword="null"/> when the fix does not apply.</summary>
    private protected abstract AttributeSyntax? FindAttribute(SyntaxNode root, SemanticModel semanticModel, Diagnostic diagnostic, CancellationToken cancellationToken);

    private Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics) =>
        FixAsync(document, diagnostics, context.CancellationToken)!;

    private async Task<Document> FixAsync(Document document, IReadOnlyList<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || semanticModel is null)
        {
            return document;
        }

        var attributes = new List<AttributeSyntax>();
        foreach (var diagnostic in diagnostics)
        {
            if (FindAttribute(root, semanticModel, diagnostic, cancellationToken) is { } attribute && !attributes.Contains(attribute))
            {
                attributes.Add(attribute);
            }
        }

        var updated = root.ReplaceNodes(attributes, (original, _) => NamedArgumentInserter.Add(original, _propertyName, _placeholder));
        return document.WithSyntaxRoot(updated);
    }
}
