using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiCompliance.Policy.Declarations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiCompliance.CodeFixes.Infrastructure;

/// <summary>
/// Adds SDK attributes to type declarations: each new attribute list goes after the type's existing ones, with the
/// same indentation, and <c>using AiCompliance;</c> is added once per file when the names would not bind otherwise.
/// Works on a whole document at once so that Fix All produces one coherent edit.
/// </summary>
internal static class AttributeInserter
{
    public static async Task<Document> AddAsync(Document document, IReadOnlyList<(TypeDeclarationSyntax Type, string AttributeText)> additions, CancellationToken cancellationToken)
    {
        if (additions.Count == 0)
        {
            return document;
        }

        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is not CompilationUnitSyntax compilationUnit || semanticModel is null)
        {
            return document;
        }

        var needsUsing = !AiComplianceNamespaceInScope(semanticModel, additions[0].Type.SpanStart);
        var byType = additions.GroupBy(a => a.Type).ToDictionary(g => g.Key, g => g.Select(a => a.AttributeText).Distinct(StringComparer.Ordinal).ToList());

        var updated = compilationUnit.ReplaceNodes(byType.Keys, (original, rewritten) => AddAttributes(rewritten, byType[original]));
        if (needsUsing)
        {
            updated = AddUsing(updated);
        }

        return document.WithSyntaxRoot(updated);
    }

    /// <summary>The type declaration whose identifier the diagnostic points at.</summary>
    public static TypeDeclarationSyntax? FindTypeDeclaration(SyntaxNode root, Diagnostic diagnostic)
    {
        var token = root.FindToken(diagnostic.Location.SourceSpan.Start);
        return token.Parent?.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().FirstOrDefault(t => t.Identifier.Span == diagnostic.Location.SourceSpan)
            ?? token.Parent?.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().FirstOrDefault();
    }

    internal static bool AiComplianceNamespaceInScope(SemanticModel semanticModel, int position)
    {
        var symbol = semanticModel.GetSpeculativeSymbolInfo(position, SyntaxFactory.IdentifierName(AttributeNames.AiModel), SpeculativeBindingOption.BindAsTypeOrNamespace).Symbol;
        return symbol is INamedTypeSymbol type && type.ContainingNamespace?.ToDisplayString() == AttributeNames.Namespace;
    }

    private static TypeDeclarationSyntax AddAttributes(TypeDeclarationSyntax type, IReadOnlyList<string> attributeTexts)
    {
        var lists = type.AttributeLists;
        var endOfLine = DetectEndOfLine(type);
        var indentation = lists.Count > 0 ? Indentation(lists.Last()) : Indentation(type);
        var newLists = new List<AttributeListSyntax>();
        foreach (var text in attributeTexts)
        {
            newLists.Add(ParseAttributeList(text)
                .WithLeadingTrivia(indentation)
                .WithTrailingTrivia(endOfLine));
        }

        if (lists.Count > 0)
        {
            return type.WithAttributeLists(lists.AddRange(newLists));
        }

        // No attribute yet: the type's leading trivia (comments, blank lines) moves in front of the new attributes.
        var first = newLists[0].WithLeadingTrivia(type.GetLeadingTrivia());
        newLists[0] = first;
        var stripped = StripLeadingTrivia(type).WithLeadingTrivia(indentation);
        return stripped.WithAttributeLists(SyntaxFactory.List(newLists));
    }

    private static TypeDeclarationSyntax StripLeadingTrivia(TypeDeclarationSyntax type) => type.WithoutLeadingTrivia();

    private static AttributeListSyntax ParseAttributeList(string attributeText)
    {
        var parsed = SyntaxFactory.ParseCompilationUnit("[" + attributeText + "] class C { }");
        return parsed.Members.OfType<ClassDeclarationSyntax>().First().AttributeLists[0].WithoutTrivia();
    }

    private static SyntaxTriviaList Indentation(SyntaxNode node)
    {
        var trivia = node.GetLeadingTrivia();
        var result = new List<SyntaxTrivia>();
        for (var i = trivia.Count - 1; i >= 0 && trivia[i].IsKind(SyntaxKind.WhitespaceTrivia); i--)
        {
            result.Insert(0, trivia[i]);
        }

        return SyntaxFactory.TriviaList(result);
    }

    internal static SyntaxTrivia DetectEndOfLine(SyntaxNode node)
    {
        var endOfLine = node.SyntaxTree.GetRoot().DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        return endOfLine.IsKind(SyntaxKind.EndOfLineTrivia) ? endOfLine : SyntaxFactory.LineFeed;
    }

    internal static CompilationUnitSyntax AddUsing(CompilationUnitSyntax unit)
    {
        var endOfLine = DetectEndOfLine(unit);
        var directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(AttributeNames.Namespace))
            .WithUsingKeyword(SyntaxFactory.Token(SyntaxKind.UsingKeyword).WithTrailingTrivia(SyntaxFactory.Space))
            .WithTrailingTrivia(endOfLine);
        var usings = unit.Usings;
        if (usings.Count == 0)
        {
            // The first token's leading trivia (file header, #:package lines of a file-based program) stays on top.
            var firstToken = unit.GetFirstToken(includeZeroWidth: true);
            var header = firstToken.LeadingTrivia;
            var withoutHeader = unit.ReplaceToken(firstToken, firstToken.WithLeadingTrivia(SyntaxFactory.TriviaList()));
            var blankLine = withoutHeader.Members.Count > 0 || withoutHeader.AttributeLists.Count > 0 ? SyntaxFactory.TriviaList(endOfLine) : SyntaxFactory.TriviaList();
            return withoutHeader
                .WithUsings(SyntaxFactory.SingletonList(directive.WithLeadingTrivia(header).WithTrailingTrivia(SyntaxFactory.TriviaList(endOfLine).AddRange(blankLine))));
        }

        // System directives first, then the rest in ordinal order (the .NET default for sorting usings).
        var index = usings.Count;
        for (var i = 0; i < usings.Count; i++)
        {
            var name = usings[i].Name?.ToString() ?? "";
            var isSystem = name == "System" || name.StartsWith("System.", StringComparison.Ordinal);
            if (usings[i].Alias is null && usings[i].StaticKeyword.IsKind(SyntaxKind.None) && usings[i].GlobalKeyword.IsKind(SyntaxKind.None) &&
                !isSystem && string.CompareOrdinal(name, AttributeNames.Namespace) > 0)
            {
                index = i;
                break;
            }

            if (!usings[i].GlobalKeyword.IsKind(SyntaxKind.None) || usings[i].Alias is not null || !usings[i].StaticKeyword.IsKind(SyntaxKind.None))
            {
                index = i;
                break;
            }
        }

        if (index == 0)
        {
            var first = usings[0];
            var moved = directive.WithLeadingTrivia(first.GetLeadingTrivia());
            usings = usings.Replace(first, first.WithLeadingTrivia(SyntaxFactory.TriviaList())).Insert(0, moved);
        }
        else
        {
            usings = usings.Insert(index, directive);
        }

        return unit.WithUsings(usings);
    }
}
