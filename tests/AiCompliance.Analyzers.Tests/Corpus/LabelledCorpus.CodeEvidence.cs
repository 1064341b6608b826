using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using AiCompliance.Analyzers.CodeEvidence;
using AiCompliance.Analyzers.Tests.CodeEvidence;
using AiCompliance.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Tests.Corpus;

/// <summary>
/// The labelled AIC4xx corpus ("code contradicts declaration", issue 14): one C# file per rule under Corpus/CodeEvidence
/// (not compiled into the tests), headed <c>// rule: AIC40n</c>, compiled on its own against the real packages the
/// AIC4xx tests reference (<see cref="CodeEvidenceLibraries"/>), ASP.NET Core's reference assemblies and
/// Microsoft.Extensions.Compliance.Abstractions. Every type at the top of a namespace is a snippet and is preceded by
/// <c>// case: what it shows</c> (a type that only supports others, such as a dataset record, by <c>// helper: why</c>).
/// Each diagnostic a snippet should get is labelled on the line where it is reported with a trailing
/// <c>// expect: AIC402</c> (several ids separated by commas; an id twice for two reports on the line); a line without
/// a label must get no AIC4xx report, from any of the rules, since every AIC4xx analyzer runs over every file.
/// </summary>
internal static partial class LabelledCorpus
{
    private static readonly Lazy<CodeEvidenceCorpus> CodeEvidenceCorpusValue = new(LoadCodeEvidence);

    public static CodeEvidenceCorpus CodeEvidence => CodeEvidenceCorpusValue.Value;

    [GeneratedRegex(@"^//\s*expect:\s*(?<ids>AIC\d{3}(?:\s*,\s*AIC\d{3})*)\s*$")]
    private static partial Regex ExpectationPattern();

    [GeneratedRegex(@"^//\s*(?<kind>case|helper):\s*(?<text>.*)$")]
    private static partial Regex SnippetPattern();

    [GeneratedRegex(@"^//\s*rule:\s*(?<id>AIC4\d{2})\s*$", RegexOptions.Multiline)]
    private static partial Regex RulePattern();

    [GeneratedRegex(@"^AIC4\d{2}$")]
    private static partial Regex CodeEvidenceRuleId();

    private static CodeEvidenceCorpus LoadCodeEvidence()
    {
        var references = new List<MetadataReference>(ReferenceAssemblies.Net) { ReferenceAssemblies.Sdk };
        references.AddRange(CodeEvidenceLibraries.WithFlowSources(references));

        var analyzers = CodeEvidenceAnalyzers();
        var built = analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Where(id => CodeEvidenceRuleId().IsMatch(id)).ToImmutableSortedSet(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(Path.Combine(Folder, "CodeEvidence"), "*.cs")
            .Order(StringComparer.Ordinal)
            .Select(file => AnalyzeCodeEvidence(file, references, analyzers))
            .ToImmutableArray();
        return new CodeEvidenceCorpus(files, built);
    }

    /// <summary>Every analyzer of the package that reports an AIC4xx rule: rules merged later join without an edit here.</summary>
    private static ImmutableArray<DiagnosticAnalyzer> CodeEvidenceAnalyzers() =>
    [
        .. typeof(CalledModelMismatchAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .Where(a => a.SupportedDiagnostics.Any(d => CodeEvidenceRuleId().IsMatch(d.Id))),
    ];

    private static CodeEvidenceCorpusFile AnalyzeCodeEvidence(string file, IReadOnlyList<MetadataReference> references, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var source = File.ReadAllText(file);
        var name = Path.GetFileName(file);
        var rule = RulePattern().Match(source) is { Success: true } header ? header.Groups["id"].Value : "";
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp12), path: file);
        var compilation = CSharpCompilation.Create(
            "CodeEvidenceCorpus." + Path.GetFileNameWithoutExtension(file),
            [tree],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var problems = new List<string>();
        if (rule.Length == 0)
        {
            problems.Add("no '// rule: AIC4nn' header");
        }

        var snippets = ReadSnippets(tree, rule, problems);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            var described = errors.Take(20).Select(e => $"{SnippetAt(snippets, e.Location.GetLineSpan().StartLinePosition.Line + 1)?.Name ?? "outside any snippet"}: {e}");
            throw new InvalidOperationException($"The corpus file {name} does not compile:{Environment.NewLine}{string.Join(Environment.NewLine, described)}");
        }

        var exceptions = new List<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            (exception, analyzer, _) => exceptions.Add($"{analyzer.GetType().Name} threw {exception.GetType().Name}: {exception.Message}"),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var reported = analyzers.IsEmpty
            ? []
            : compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult()
                .Where(d => CodeEvidenceRuleId().IsMatch(d.Id) || d.Id == "AD0001")
                .ToImmutableArray();
        problems.AddRange(exceptions);
        problems.AddRange(reported.Where(d => d.Id == "AD0001").Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        var findings = reported
            .Where(d => d.Id != "AD0001")
            .Select(d => new CodeEvidenceFinding(d.Id, name, d.Location.GetLineSpan().StartLinePosition.Line + 1, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)))
            .ToImmutableArray();
        return new CodeEvidenceCorpusFile(name, rule, snippets, findings, [.. problems]);
    }

    /// <summary>The snippets (top-level types) and the expectations on their lines, with the labelling problems found.</summary>
    private static ImmutableArray<CodeEvidenceSnippet> ReadSnippets(SyntaxTree tree, string rule, List<string> problems)
    {
        var root = tree.GetRoot();
        var text = tree.GetText();
        var expectations = new List<(int Line, string Rule)>();
        foreach (var comment in root.DescendantTrivia().Where(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia)))
        {
            var line = text.Lines.GetLineFromPosition(comment.SpanStart).LineNumber + 1;
            var value = comment.ToString().Trim();
            if (ExpectationPattern().Match(value) is { Success: true } match)
            {
                expectations.AddRange(match.Groups["ids"].Value.Split(',').Select(id => (line, id.Trim())));
            }
            else if (value.Contains("expect:", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"line {line}: a label is '// expect: AIC4nn[, AIC4nn…]' at the end of the reported line, not '{value}'");
            }
        }

        var snippets = new List<CodeEvidenceSnippet>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in root.DescendantNodes().OfType<BaseTypeDeclarationSyntax>().Where(t => t.Parent is BaseNamespaceDeclarationSyntax or CompilationUnitSyntax))
        {
            var span = type.GetLocation().GetLineSpan();
            var first = span.StartLinePosition.Line + 1;
            var last = span.EndLinePosition.Line + 1;
            var name = type.Identifier.ValueText;
            var labels = type.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia)).Select(t => SnippetPattern().Match(t.ToString().Trim())).Where(m => m.Success).ToList();
            if (labels.Count != 1 || labels[0].Groups["text"].Value.Trim().Length < 12)
            {
                problems.Add($"{name} (line {first}): needs one '// case: what it shows' (or '// helper: why') comment of a few words before it");
                continue;
            }

            if (!seen.Add(name) && !type.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                problems.Add($"{name} (line {first}): the name is used by another snippet of the file (only a partial type's parts may share it)");
            }

            var expected = expectations.Where(e => e.Line >= first && e.Line <= last).Select(e => new CodeEvidenceExpectation(e.Rule, e.Line)).ToImmutableArray();
            var helper = labels[0].Groups["kind"].Value == "helper";
            if (helper && !expected.IsEmpty)
            {
                problems.Add($"{name} (line {first}): a helper expects no report; make it a case");
            }

            snippets.Add(new CodeEvidenceSnippet(name, rule, labels[0].Groups["text"].Value.Trim(), first, last, helper, expected));
        }

        foreach (var (line, id) in expectations)
        {
            if (!snippets.Any(s => s.FirstLine <= line && line <= s.LastLine))
            {
                problems.Add($"line {line}: '// expect: {id}' is outside any snippet");
            }
        }

        return [.. snippets];
    }

    private static CodeEvidenceSnippet? SnippetAt(IEnumerable<CodeEvidenceSnippet> snippets, int line) =>
        snippets.FirstOrDefault(s => s.FirstLine <= line && line <= s.LastLine);
}

/// <summary>A line's expected report.</summary>
internal sealed record CodeEvidenceExpectation(string Rule, int Line);

/// <summary>An AIC4xx report on a corpus file.</summary>
internal sealed record CodeEvidenceFinding(string Rule, string File, int Line, string Message);

/// <summary>One snippet: a top-level type of a corpus file, the rule its file is written for, and the reports it expects.</summary>
internal sealed record CodeEvidenceSnippet(string Name, string Rule, string Description, int FirstLine, int LastLine, bool IsHelper, ImmutableArray<CodeEvidenceExpectation> Expected)
{
    public bool IsPositive => Expected.Any(e => e.Rule == Rule);
}

/// <summary>One corpus file: its snippets, every AIC4xx report on it, and the labelling or analyzer problems found.</summary>
internal sealed record CodeEvidenceCorpusFile(string File, string Rule, ImmutableArray<CodeEvidenceSnippet> Snippets, ImmutableArray<CodeEvidenceFinding> Findings, ImmutableArray<string> Problems)
{
    public CodeEvidenceSnippet? SnippetAt(int line) => Snippets.FirstOrDefault(s => s.FirstLine <= line && line <= s.LastLine);
}

/// <summary>The whole AIC4xx corpus and the AIC4xx rules whose analyzers are in the build.</summary>
internal sealed record CodeEvidenceCorpus(ImmutableArray<CodeEvidenceCorpusFile> Files, ImmutableSortedSet<string> BuiltRules)
{
    /// <summary>
    /// A rule's counts over every file, matching expected and actual reports by file, line and rule as multisets: a
    /// report on a line that expects none is a false positive, a label without its report a false negative.
    /// </summary>
    public CodeEvidenceScore Score(string rule)
    {
        var truePositives = 0;
        var falsePositives = new List<CodeEvidenceFinding>();
        var falseNegatives = new List<(string File, CodeEvidenceExpectation Expectation)>();
        foreach (var file in Files)
        {
            var expected = file.Snippets.SelectMany(s => s.Expected).Where(e => e.Rule == rule).GroupBy(e => e.Line).ToDictionary(g => g.Key, g => g.ToList());
            var actual = file.Findings.Where(f => f.Rule == rule).GroupBy(f => f.Line).ToDictionary(g => g.Key, g => g.ToList());
            foreach (var line in expected.Keys.Union(actual.Keys))
            {
                var wanted = expected.GetValueOrDefault(line) ?? [];
                var got = actual.GetValueOrDefault(line) ?? [];
                var matched = Math.Min(wanted.Count, got.Count);
                truePositives += matched;
                falsePositives.AddRange(got.Skip(matched));
                falseNegatives.AddRange(wanted.Skip(matched).Select(e => (file.File, e)));
            }
        }

        return new CodeEvidenceScore(rule, truePositives, falsePositives, falseNegatives);
    }
}

/// <summary>A rule's true positives, false positives and false negatives on the corpus.</summary>
internal sealed record CodeEvidenceScore(string Rule, int TruePositives, IReadOnlyList<CodeEvidenceFinding> FalsePositives, IReadOnlyList<(string File, CodeEvidenceExpectation Expectation)> FalseNegatives)
{
    /// <summary>Precision: 1 when nothing was reported (no wrong report).</summary>
    public double Precision => TruePositives + FalsePositives.Count == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives.Count);

    /// <summary>Recall: 1 when nothing should be reported.</summary>
    public double Recall => TruePositives + FalseNegatives.Count == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives.Count);
}
