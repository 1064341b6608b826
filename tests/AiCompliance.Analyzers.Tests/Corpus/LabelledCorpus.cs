using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using AiCompliance.Analyzers.Structure;
using AiCompliance.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Tests.Corpus;

/// <summary>
/// The labelled AIC001 corpus: one C# file per family under Corpus/Families (not compiled into the tests), where every
/// type is preceded by <c>// expect: report — reason</c> or <c>// expect: none — reason</c>, and a top-level program by
/// the same comment before its first statement. Libraries the test project does not reference are stubs under
/// Corpus/Stubs with their real assembly names and namespaces (header <c>// assembly: Name</c>, compiled in file-name
/// order, each against the ones before it).
/// </summary>
internal static partial class LabelledCorpus
{
    /// <summary>The name AIC001 reports a top-level program under.</summary>
    public const string TopLevelProgram = "Program";

    private static readonly Lazy<ImmutableArray<CorpusFamily>> All = new(Load);

    public static string Folder => RepositoryRoot.Combine("tests", "AiCompliance.Analyzers.Tests", "Corpus");

    public static ImmutableArray<CorpusFamily> Families => All.Value;

    [GeneratedRegex(@"^//\s*expect:\s*(?<verdict>\S+)\s*(?:—|--|-)\s*(?<reason>.*)$")]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"^//\s*family:\s*(?<name>.+)$", RegexOptions.Multiline)]
    private static partial Regex FamilyPattern();

    [GeneratedRegex(@"^//\s*assembly:\s*(?<name>\S+)", RegexOptions.Multiline)]
    private static partial Regex AssemblyPattern();

    private static ImmutableArray<CorpusFamily> Load()
    {
        var references = new List<MetadataReference>(ReferenceAssemblies.Net)
        {
            ReferenceAssemblies.Sdk,
        };
        references.AddRange(Structure.AiLibraries.OpenAi);
        references.AddRange(Structure.AiLibraries.ExtensionsAi);
        foreach (var stub in Directory.EnumerateFiles(Path.Combine(Folder, "Stubs"), "*.cs").Order(StringComparer.Ordinal))
        {
            var source = File.ReadAllText(stub);
            var assembly = AssemblyPattern().Match(source);
            if (!assembly.Success)
            {
                throw new InvalidOperationException($"{Path.GetFileName(stub)} has no '// assembly: Name' header.");
            }

            references.Add(StubAssembly.Compile(assembly.Groups["name"].Value.Trim(), source, [.. references.Skip(ReferenceAssemblies.Net.Length)]));
        }

        return [.. Directory.EnumerateFiles(Path.Combine(Folder, "Families"), "*.cs").Order(StringComparer.Ordinal).Select(file => Analyze(file, references))];
    }

    private static CorpusFamily Analyze(string file, IReadOnlyList<MetadataReference> references)
    {
        var source = File.ReadAllText(file);
        var family = FamilyPattern().Match(source) is { Success: true } header ? header.Groups["name"].Value.Trim() : Path.GetFileNameWithoutExtension(file);
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp12);
        var tree = CSharpSyntaxTree.ParseText(source, parseOptions, path: file);
        var compilation = CSharpCompilation.Create(
            "Corpus." + Path.GetFileNameWithoutExtension(file),
            [tree],
            references,
            new CSharpCompilationOptions(tree.GetRoot().ChildNodes().OfType<GlobalStatementSyntax>().Any() ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"The corpus file {Path.GetFileName(file)} does not compile:{Environment.NewLine}{string.Join(Environment.NewLine, errors.Take(20))}");
        }

        var model = compilation.GetSemanticModel(tree);
        var labels = ReadLabels(tree, model, out var problems);
        var diagnostics = compilation
            .WithAnalyzers([new AiApiOutsideModelAnalyzer()])
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult()
            .Where(d => d.Id == "AIC001");
        var reported = diagnostics.Select(d => ReportedType(d, tree, model)).ToHashSet(StringComparer.Ordinal);
        return new CorpusFamily(family, Path.GetFileName(file), labels, reported, problems) { Diagnostics = [.. diagnostics] };
    }

    /// <summary>The labels, by type (a partial type's declarations must agree), and what is missing or malformed.</summary>
    private static ImmutableArray<CorpusLabel> ReadLabels(SyntaxTree tree, SemanticModel model, out ImmutableArray<string> problems)
    {
        var root = (CompilationUnitSyntax)tree.GetRoot();
        var labels = new Dictionary<string, CorpusLabel>(StringComparer.Ordinal);
        var issues = new List<string>();

        void Add(string name, SyntaxNode node)
        {
            var line = node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
            var comments = node.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia)).Select(t => LabelPattern().Match(t.ToString().Trim())).Where(m => m.Success).ToList();
            if (comments.Count != 1)
            {
                issues.Add($"{name} (line {line}): {(comments.Count == 0 ? "no" : "more than one")} '// expect:' label");
                return;
            }

            var verdict = comments[0].Groups["verdict"].Value;
            var reason = comments[0].Groups["reason"].Value.Trim();
            if (verdict is not ("report" or "none") || reason.Length < 8)
            {
                issues.Add($"{name} (line {line}): a label is 'report' or 'none' and a reason, not '{comments[0].Value}'");
                return;
            }

            var label = new CorpusLabel(name, verdict == "report", reason, line);
            if (labels.TryGetValue(name, out var earlier))
            {
                if (earlier.Report != label.Report)
                {
                    issues.Add($"{name} (line {line}): its declarations disagree (line {earlier.Line})");
                }

                return;
            }

            labels[name] = label;
        }

        if (root.Members.OfType<GlobalStatementSyntax>().FirstOrDefault() is { } firstStatement)
        {
            Add(TopLevelProgram, firstStatement);
        }

        foreach (var declaration in root.DescendantNodes().OfType<TypeDeclarationSyntax>())
        {
            Add(model.GetDeclaredSymbol(declaration)!.ToDisplayString(), declaration);
        }

        problems = [.. issues];
        return [.. labels.Values.OrderBy(l => l.Line)];
    }

    /// <summary>The type a report is for: the innermost type declaration around it, or the top-level program.</summary>
    private static string ReportedType(Diagnostic diagnostic, SyntaxTree tree, SemanticModel model)
    {
        if (diagnostic.Location.SourceTree != tree)
        {
            return "<outside the corpus file: " + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture) + ">";
        }

        var node = tree.GetRoot().FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        if (node.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().FirstOrDefault() is { } type)
        {
            return model.GetDeclaredSymbol(type)!.ToDisplayString();
        }

        return node.AncestorsAndSelf().OfType<GlobalStatementSyntax>().Any() ? TopLevelProgram : "<unplaced: " + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture) + ">";
    }
}

/// <summary>A type of the corpus and what AIC001 should say about it.</summary>
internal sealed record CorpusLabel(string Type, bool Report, string Reason, int Line);

/// <summary>One family file: its labels, the types AIC001 reported, and the labelling problems found.</summary>
internal sealed record CorpusFamily(string Name, string File, ImmutableArray<CorpusLabel> Labels, IReadOnlySet<string> Reported, ImmutableArray<string> Problems)
{
    /// <summary>Every AIC001 diagnostic on the file, as reported (for the exact comparison in <c>AiApiOutsideModelParityTests</c>).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];

    public IEnumerable<CorpusLabel> FalsePositives => Labels.Where(l => !l.Report && Reported.Contains(l.Type));

    public IEnumerable<CorpusLabel> FalseNegatives => Labels.Where(l => l.Report && !Reported.Contains(l.Type));

    /// <summary>Reports on something that has no label (a report inside a type the corpus does not know).</summary>
    public IEnumerable<string> Unlabelled => Reported.Where(r => Labels.All(l => l.Type != r));

    public int TruePositives => Labels.Count(l => l.Report && Reported.Contains(l.Type));

    public int ExpectedReports => Labels.Count(l => l.Report);

    public int ActualReports => TruePositives + FalsePositives.Count() + Unlabelled.Count();

    /// <summary>Precision: 1 when nothing was reported (no wrong report).</summary>
    public double Precision => ActualReports == 0 ? 1 : (double)TruePositives / ActualReports;

    /// <summary>Recall: 1 when nothing should be reported.</summary>
    public double Recall => ExpectedReports == 0 ? 1 : (double)TruePositives / ExpectedReports;
}
