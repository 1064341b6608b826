using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AiCompliance.Analyzers.Structure;
using AiCompliance.CodeFixes.Infrastructure;
using AiCompliance.Policy;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiCompliance.CodeFixes.Structure;

/// <summary>
/// AIC001: declares the model. On a type, adds <c>[AiModel("kebab-case-name")]</c>; on top-level statements, adds
/// <c>partial class Program</c> with <c>[AiModel("kebab-case-assembly-name")]</c> at the end of the file (or puts the
/// attribute on a <c>partial class Program</c> the file already has). Uses mapped into other files (Razor) get no fix:
/// the declaration belongs in the .razor file (<c>@attribute [AiModel("…")]</c>). When the APIs the type uses tell
/// what the model is (a chat client: <c>Kind = ModelKind.Generative</c>), the analyzer passes the kind in the
/// diagnostic's <see cref="AiApiOutsideModelAnalyzer.ModelKindProperty"/> and the attribute sets it, so the obligations
/// of that kind apply from the start; otherwise Kind is left out.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AiApiOutsideModelCodeFixProvider)), Shared]
public sealed class AiApiOutsideModelCodeFixProvider : CodeFixProvider
{
    /// <summary>One key for every AIC001 fix, so Fix All applies them together.</summary>
    public static readonly string EquivalenceKey = SourceOnlyRules.AiApiOutsideModel.Id;

    private const string ProgramName = "Program";

    private static readonly char[] ArityMarkers = { '`', '<' };

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(SourceOnlyRules.AiApiOutsideModel.Id);

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
            string id;
            switch (Target(diagnostic))
            {
                case AiApiOutsideModelAnalyzer.TargetProgram when root is CompilationUnitSyntax:
                    id = ToKebabCase(context.Document.Project.AssemblyName);
                    break;
                case AiApiOutsideModelAnalyzer.TargetType when FindTypeDeclaration(root, diagnostic) is { } type:
                    id = ModelId(type);
                    break;
                default:
                    continue;
            }

            var document = context.Document;
            context.RegisterCodeFix(
                CodeAction.Create(CodeFixTexts.AddAttribute(AttributeText(id, Kind(diagnostic))), ct => FixAsync(document, ImmutableArray.Create(diagnostic), ct), EquivalenceKey),
                diagnostic);
        }
    }

    /// <summary>
    /// A model id from a type or assembly name: kebab-case (<c>SupportBot</c> → <c>support-bot</c>,
    /// <c>HTTPRouterAI</c> → <c>http-router-ai</c>, <c>Contoso.Chat_Api</c> → <c>contoso-chat-api</c>), generic arity
    /// dropped, digits kept with the word before them (<c>Gpt4Client</c> → <c>gpt4-client</c>); <c>model</c> when
    /// nothing is left.
    /// </summary>
    internal static string ToKebabCase(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "model";
        }

        var end = name!.Length;
        var arity = name.IndexOfAny(ArityMarkers);
        if (arity >= 0)
        {
            end = arity;
        }

        var builder = new StringBuilder(end + 8);
        var separate = false;
        for (var i = 0; i < end; i++)
        {
            var c = name[i];
            if (!char.IsLetterOrDigit(c))
            {
                separate = builder.Length > 0;
                continue;
            }

            if (char.IsUpper(c) && i > 0)
            {
                var previous = name[i - 1];
                var next = i + 1 < end ? name[i + 1] : '\0';
                if (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && char.IsLower(next)))
                {
                    separate = builder.Length > 0;
                }
            }

            if (separate)
            {
                builder.Append('-');
                separate = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.Length == 0 ? "model" : builder.ToString();
    }

    /// <summary>The id for a type: its kebab-case name, without the <c>I</c> prefix of an interface (<c>IAssistant</c> → <c>assistant</c>).</summary>
    internal static string ModelId(TypeDeclarationSyntax type)
    {
        var name = type.Identifier.ValueText;
        if (type is InterfaceDeclarationSyntax && name.Length > 2 && name[0] == 'I' && char.IsUpper(name[1]))
        {
            name = name.Substring(1);
        }

        return ToKebabCase(name);
    }

    private static string? Target(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(AiApiOutsideModelAnalyzer.TargetProperty, out var target) ? target : AiApiOutsideModelAnalyzer.TargetType;

    /// <summary>The model kind the analyzer found, when it names a member of the SDK's ModelKind; anything else is no kind.</summary>
    private static string? Kind(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(AiApiOutsideModelAnalyzer.ModelKindProperty, out var kind)
        && System.Enum.TryParse<ModelKind>(kind, ignoreCase: false, out var parsed)
        && System.Enum.IsDefined(typeof(ModelKind), parsed)
        && parsed.ToString() == kind
            ? kind
            : null;

    /// <summary>The type declaration whose identifier the diagnostic is on exactly; never an enclosing one.</summary>
    private static TypeDeclarationSyntax? FindTypeDeclaration(SyntaxNode root, Diagnostic diagnostic)
    {
        var span = diagnostic.Location.SourceSpan;
        if (!diagnostic.Location.IsInSource || span.End > root.FullSpan.End)
        {
            return null;
        }

        return root.FindToken(span.Start).Parent?.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().FirstOrDefault(t => t.Identifier.Span == span);
    }

    private static Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics) =>
        FixAsync(document, diagnostics, context.CancellationToken)!;

    private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        if (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not CompilationUnitSyntax root)
        {
            return document;
        }

        var types = new List<TypeDeclarationSyntax>();
        var kinds = new List<string?>();
        var program = false;
        string? programKind = null;
        foreach (var diagnostic in diagnostics)
        {
            switch (Target(diagnostic))
            {
                case AiApiOutsideModelAnalyzer.TargetProgram:
                    program = true;
                    programKind = Kind(diagnostic);
                    break;
                case AiApiOutsideModelAnalyzer.TargetType when FindTypeDeclaration(root, diagnostic) is { } type && !types.Contains(type):
                    types.Add(type);
                    kinds.Add(Kind(diagnostic));
                    break;
            }
        }

        if (types.Count == 0 && !program)
        {
            return document;
        }

        // Mark the targets, add the Program declaration if one is needed, then let AttributeInserter add the
        // attributes (and the using) to the marked declarations in one edit. Fresh annotations each time: annotations
        // stay in the document, and an earlier fix's marks must not be found again. One per type, so each finds its kind.
        var typeTargets = types.Select(_ => new SyntaxAnnotation()).ToList();
        var programTarget = new SyntaxAnnotation();
        var existingProgram = program ? FindPartialProgram(root) : null;
        var marked = root.ReplaceNodes(
            existingProgram is null ? types : types.Append(existingProgram),
            (original, rewritten) => rewritten.WithAdditionalAnnotations(
                original == existingProgram ? programTarget : typeTargets[types.IndexOf((TypeDeclarationSyntax)original)]));
        if (program && existingProgram is null)
        {
            marked = AppendProgram(marked, programTarget);
        }

        var markedDocument = document.WithSyntaxRoot(marked);
        var markedRoot = await markedDocument.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (markedRoot is null)
        {
            return document;
        }

        var programId = ToKebabCase(document.Project.AssemblyName);
        var additions = new List<(TypeDeclarationSyntax, string)>();
        for (var i = 0; i < typeTargets.Count; i++)
        {
            foreach (var node in markedRoot.GetAnnotatedNodes(typeTargets[i]).OfType<TypeDeclarationSyntax>())
            {
                additions.Add((node, AttributeText(ModelId(node), kinds[i])));
            }
        }

        foreach (var node in markedRoot.GetAnnotatedNodes(programTarget).OfType<TypeDeclarationSyntax>())
        {
            additions.Add((node, AttributeText(programId, programKind)));
        }

        return await AttributeInserter.AddAsync(markedDocument, additions, cancellationToken).ConfigureAwait(false);
    }

    private static string AttributeText(string id, string? kind) =>
        "AiModel(\"" + id + "\"" + (kind is null ? "" : ", Kind = ModelKind." + kind) + ")";

    private static ClassDeclarationSyntax? FindPartialProgram(CompilationUnitSyntax root) =>
        root.Members.OfType<ClassDeclarationSyntax>().FirstOrDefault(c => c.Identifier.ValueText == ProgramName && c.Modifiers.Any(SyntaxKind.PartialKeyword));

    /// <summary>Adds <c>partial class Program { }</c> after the last member, a blank line before it.</summary>
    private static CompilationUnitSyntax AppendProgram(CompilationUnitSyntax root, SyntaxAnnotation annotation)
    {
        var endOfLine = DetectEndOfLine(root);
        var last = root.EndOfFileToken.GetPreviousToken();
        var leading = new List<SyntaxTrivia>();
        if (last.RawKind != 0)
        {
            if (!last.TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia))
            {
                leading.Add(endOfLine);
            }

            leading.Add(endOfLine);
        }

        // Parsed rather than built with SyntaxFactory: parsed tokens carry no elastic trivia for a formatter to redo.
        var declaration = SyntaxFactory.ParseMemberDeclaration("partial class " + ProgramName + " { }" + endOfLine.ToFullString());
        if (declaration is null)
        {
            return root;
        }

        return root.AddMembers(declaration.WithLeadingTrivia(leading).WithAdditionalAnnotations(annotation));
    }

    private static SyntaxTrivia DetectEndOfLine(SyntaxNode root)
    {
        var endOfLine = root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        return endOfLine.IsKind(SyntaxKind.EndOfLineTrivia) ? endOfLine : SyntaxFactory.LineFeed;
    }
}
