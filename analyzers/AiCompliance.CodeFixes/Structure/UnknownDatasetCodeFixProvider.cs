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

namespace AiCompliance.CodeFixes.Structure;

/// <summary>
/// AIC003: declares the dataset a model names, as <c>[assembly: Dataset("id", Name = "TODO: …")]</c> in the same file,
/// after its other assembly attributes. AIC208 keeps the placeholder visible until someone describes the data.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnknownDatasetCodeFixProvider)), Shared]
public sealed class UnknownDatasetCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(UnknownDatasetRule.Rule.Id);

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (DatasetId(diagnostic) is { } id)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(CodeFixTexts.DeclareDataset(id), ct => AddAsync(context.Document, new[] { id }, ct), equivalenceKey: UnknownDatasetRule.Rule.Id),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }

    private static string? DatasetId(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(UnknownDatasetRule.DatasetIdProperty, out var id) && !string.IsNullOrEmpty(id) ? id : null;

    private static Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics) =>
        AddAsync(document, diagnostics.Select(DatasetId).Where(id => id is not null).Select(id => id!).ToList(), context.CancellationToken)!;

    private static async Task<Document> AddAsync(Document document, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is not CompilationUnitSyntax unit || semanticModel is null)
        {
            return document;
        }

        var endOfLine = AttributeInserter.DetectEndOfLine(unit);
        var lists = unit.AttributeLists;
        foreach (var id in ids.Distinct(DeclarationIds.Comparer))
        {
            var literal = SymbolDisplay.FormatLiteral(id, quote: true);
            var list = SyntaxFactory.ParseCompilationUnit("[assembly: Dataset(" + literal + ", Name = \"TODO: what the dataset is and where it comes from\")]")
                .AttributeLists[0]
                .WithoutTrivia()
                .WithTrailingTrivia(endOfLine);
            lists = lists.Add(list);
        }

        // The first assembly attribute of a file gets a blank line after the usings; the code after it keeps its own.
        if (unit.AttributeLists.Count == 0 && unit.Usings.Count > 0)
        {
            var first = lists[0];
            lists = lists.Replace(first, first.WithLeadingTrivia(endOfLine));
        }

        var updated = unit.WithAttributeLists(lists);
        if (!AttributeInserter.AiComplianceNamespaceInScope(semanticModel, unit.Members.FirstOrDefault()?.SpanStart ?? unit.EndOfFileToken.SpanStart))
        {
            updated = AttributeInserter.AddUsing(updated);
        }

        return document.WithSyntaxRoot(updated);
    }
}
