using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
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
/// The fix shared by the AIC2xx rules whose validator knows the one valid spelling of an invalid value (the finding's
/// <see cref="ValueRule.SuggestionProperty"/>): replaces the string literal the diagnostic is on with it, keeping the
/// literal's kind (regular, verbatim, raw) and trivia. There is no fix when the rule offers no suggestion (the value
/// needs a decision) or when the value is not a string literal (a constant, a concatenation, an interpolation): the
/// place to correct it is elsewhere.
/// </summary>
/// <remarks>
/// Named for what it does, not for a rule, because it serves several: each rule's sealed provider (for example
/// <c>InvalidLicenseCodeFixProvider</c>) carries the rule's name stem and only names its rule.
/// </remarks>
public abstract class CorrectValueCodeFixProvider : CodeFixProvider
{
    private readonly string _diagnosticId;

    /// <param name="diagnosticId">The rule the fix answers; also the equivalence key, so Fix All applies every suggestion.</param>
    private protected CorrectValueCodeFixProvider(string diagnosticId)
    {
        _diagnosticId = diagnosticId;
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
            if (Find(root, diagnostic) is not { } found)
            {
                continue;
            }

            var document = context.Document;
            context.RegisterCodeFix(
                CodeAction.Create(Title(found.Suggestion), ct => FixAsync(document, ImmutableArray.Create(diagnostic), ct), equivalenceKey: _diagnosticId),
                diagnostic);
        }
    }

    /// <summary>The literal a diagnostic is on and the value to write in it, or null when this fix does not apply.</summary>
    internal static (LiteralExpressionSyntax Literal, string Suggestion)? Find(SyntaxNode root, Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(ValueRule.SuggestionProperty, out var suggestion) || string.IsNullOrEmpty(suggestion) ||
            !diagnostic.Location.IsInSource || diagnostic.Location.SourceTree != root.SyntaxTree)
        {
            return null;
        }

        var span = diagnostic.Location.SourceSpan;
        if (!root.FullSpan.Contains(span) ||
            root.FindNode(span, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal ||
            !literal.IsKind(SyntaxKind.StringLiteralExpression) ||
            literal.Span != span ||
            literal.Token.ValueText == suggestion)
        {
            return null;
        }

        return (literal, suggestion!);
    }

    /// <summary>
    /// A string literal of the same kind as <paramref name="original"/> with the value <paramref name="value"/>: verbatim
    /// stays verbatim, a raw literal stays raw (with its delimiter and, when multi-line, its indentation), anything else
    /// becomes a regular literal with the escapes C# needs.
    /// </summary>
    internal static LiteralExpressionSyntax WithValue(LiteralExpressionSyntax original, string value)
    {
        var token = original.Token;
        var text = token.Text;
        string? written = null;
        if (token.IsKind(SyntaxKind.StringLiteralToken) && text.StartsWith("@", StringComparison.Ordinal))
        {
            written = "@\"" + value.Replace("\"", "\"\"") + "\"";
        }
        else if (token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) && value.IndexOf('"') < 0 && value.IndexOf('\n') < 0 && value.IndexOf('\r') < 0)
        {
            var quotes = Delimiter(text);
            written = quotes + value + quotes;
        }
        else if (token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken) && value.IndexOf('"') < 0)
        {
            written = MultiLineRaw(text, value);
        }

        // The parser has the last word: if the text does not read back as the value, write a regular literal.
        if (written is null || SyntaxFactory.ParseExpression(written) is not LiteralExpressionSyntax parsed ||
            !parsed.IsKind(SyntaxKind.StringLiteralExpression) || parsed.Token.ValueText != value || parsed.ContainsDiagnostics)
        {
            parsed = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value));
        }

        return original.WithToken(parsed.Token.WithTriviaFrom(token));
    }

    private static string Delimiter(string rawText)
    {
        var count = 0;
        while (count < rawText.Length && rawText[count] == '"')
        {
            count++;
        }

        return new string('"', count);
    }

    /// <summary>A multi-line raw literal with the delimiter, line break and indentation of <paramref name="originalText"/>.</summary>
    private static string MultiLineRaw(string originalText, string value)
    {
        var quotes = Delimiter(originalText);
        var newLine = originalText.IndexOf("\r\n", StringComparison.Ordinal) >= 0 ? "\r\n" : "\n";
        var lastBreak = originalText.LastIndexOf('\n');
        var indentation = lastBreak < 0 ? string.Empty : originalText.Substring(lastBreak + 1, originalText.Length - lastBreak - 1 - quotes.Length);
        var text = new StringBuilder(quotes).Append(newLine);
        foreach (var line in value.Replace("\r\n", "\n").Split('\n'))
        {
            text.Append(line.Length == 0 ? string.Empty : indentation).Append(line).Append(newLine);
        }

        return text.Append(indentation).Append(quotes).ToString();
    }

    /// <summary>"Use 'Apache-2.0'", on one line whatever the value's line breaks.</summary>
    private static string Title(string suggestion)
    {
        var title = new StringBuilder();
        var space = false;
        foreach (var c in suggestion)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                title.Append(' ');
                space = false;
            }

            title.Append(c);
        }

        return CodeFixTexts.UseValue(title.ToString());
    }

    private Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics) =>
        FixAsync(document, diagnostics, context.CancellationToken)!;

    private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var replacements = new Dictionary<LiteralExpressionSyntax, string>();
        foreach (var diagnostic in diagnostics)
        {
            if (Find(root, diagnostic) is { } found && !replacements.ContainsKey(found.Literal))
            {
                replacements.Add(found.Literal, found.Suggestion);
            }
        }

        if (replacements.Count == 0)
        {
            return document;
        }

        var updated = root.ReplaceNodes(replacements.Keys, (original, _) => WithValue(original, replacements[original]));
        return document.WithSyntaxRoot(updated);
    }
}
