using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiCompliance.CodeFixes.Infrastructure;
using AiCompliance.Policy.Declarations;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiCompliance.CodeFixes.CodeEvidence;

/// <summary>
/// AIC401, only where the model declares no <c>BaseModel</c>: declares the model the code calls,
/// <c>BaseModel = "gpt-4o"</c>, on the <c>[AiModel]</c> of the same declaration. Where a different <c>BaseModel</c> is
/// declared there is no fix: which of the two is right is for a person to decide. With several constants in one model,
/// the first one in the document is declared.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CalledModelMismatchCodeFixProvider)), Shared]
public sealed class CalledModelMismatchCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(CalledModelMismatchRule.Rule.Id);

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var semanticModel = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || semanticModel is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (CalledModel(diagnostic) is { } called && FindAttribute(root, semanticModel, diagnostic, context.CancellationToken) is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create($"Declare BaseModel = \"{called}\"", ct => FixAsync(context.Document, new[] { diagnostic }, ct), equivalenceKey: CalledModelMismatchRule.Rule.Id),
                    diagnostic);
            }
        }
    }

    private static string? CalledModel(Diagnostic diagnostic) =>
        diagnostic.Properties.ContainsKey(CalledModelMismatchRule.NoBaseModelProperty) &&
        diagnostic.Properties.TryGetValue(CalledModelMismatchRule.CalledModelProperty, out var called) && !string.IsNullOrEmpty(called)
            ? called
            : null;

    /// <summary>The <c>[AiModel]</c> of the declaration around the diagnostic, when it has no <c>BaseModel</c> argument.</summary>
    private static AttributeSyntax? FindAttribute(SyntaxNode root, SemanticModel semanticModel, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var type = root.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().FirstOrDefault();
        var attribute = type is null ? null : NamedArgumentInserter.Find(semanticModel, type, AttributeNames.AiModel, cancellationToken);
        return attribute?.ArgumentList?.Arguments.Any(a => a.NameEquals?.Name.Identifier.ValueText == "BaseModel") == true ? null : attribute;
    }

    private static Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics) =>
        FixAsync(document, diagnostics, context.CancellationToken)!;

    private static async Task<Document> FixAsync(Document document, IReadOnlyList<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || semanticModel is null)
        {
            return document;
        }

        var declared = new Dictionary<AttributeSyntax, string>();
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
        {
            if (CalledModel(diagnostic) is { } called && FindAttribute(root, semanticModel, diagnostic, cancellationToken) is { } attribute && !declared.ContainsKey(attribute))
            {
                declared.Add(attribute, called);
            }
        }

        var updated = root.ReplaceNodes(declared.Keys, (original, _) => NamedArgumentInserter.Add(original, "BaseModel", SymbolDisplay.FormatLiteral(declared[original], quote: true)));
        return document.WithSyntaxRoot(updated);
    }
}
