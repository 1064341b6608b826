using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiCompliance.CodeFixes.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiCompliance.CodeFixes.Values;

/// <summary>
/// AIC210: writes the evidence file's current SHA-256 into <c>EvidenceSha256</c>, replacing a stale value or adding the
/// property. The hash comes from the diagnostic (the analyzer read the file), so the fix does no I/O; it is offered
/// only for the hash, never for the values, which a person reviews (AIC211 reports those that differ).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EvidenceHashMismatchCodeFixProvider)), Shared]
public sealed class EvidenceHashMismatchCodeFixProvider : CodeFixProvider
{
    private static readonly string DiagnosticId = EvidenceHashMismatchRule.Rule.Id;

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticId);

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (Find(root, diagnostic) is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(CodeFixTexts.WriteEvidenceHash, ct => FixAsync(context.Document, new[] { diagnostic }, ct), equivalenceKey: DiagnosticId),
                    diagnostic);
            }
        }
    }

    private static (AttributeSyntax Attribute, string Sha256)? Find(SyntaxNode root, Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(EvidenceRule.Sha256Property, out var sha256) || string.IsNullOrEmpty(sha256) ||
            !diagnostic.Location.IsInSource || diagnostic.Location.SourceTree != root.SyntaxTree || !root.FullSpan.Contains(diagnostic.Location.SourceSpan))
        {
            return null;
        }

        var attribute = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<AttributeSyntax>();
        return attribute is null ? null : (attribute, sha256!);
    }

    private static Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics) =>
        FixAsync(document, diagnostics, context.CancellationToken)!;

    private static async Task<Document> FixAsync(Document document, IReadOnlyList<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var hashes = new Dictionary<AttributeSyntax, string>();
        foreach (var diagnostic in diagnostics)
        {
            if (Find(root, diagnostic) is { } found)
            {
                hashes[found.Attribute] = found.Sha256;
            }
        }

        return document.WithSyntaxRoot(root.ReplaceNodes(hashes.Keys, (original, _) => WithHash(original, hashes[original])));
    }

    private static AttributeSyntax WithHash(AttributeSyntax attribute, string sha256)
    {
        var literal = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(sha256));
        var existing = attribute.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == EvidenceRule.Sha256Property);
        return existing is null
            ? NamedArgumentInserter.Add(attribute, EvidenceRule.Sha256Property, literal.ToString())
            : attribute.ReplaceNode(existing.Expression, literal.WithTriviaFrom(existing.Expression));
    }
}
