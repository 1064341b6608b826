using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AiCompliance.Testing;

/// <summary>
/// Compiles test sources with the analyzers under test and compares what they report with what the markup and
/// <see cref="ExpectedDiagnostics"/> expect: same IDs at the same spans, with the same messages when given. Compiler
/// errors in the test code, analyzer exceptions and AD0001 fail the test.
/// </summary>
public class AnalyzerTest
{
    /// <summary>Sources in markup. <see cref="Source"/> sets the first one.</summary>
    public List<TestSource> Sources { get; } = new();

    public string Source
    {
        set => Sources.Insert(0, TestSource.Numbered(0, value));
    }

    public List<DiagnosticAnalyzer> Analyzers { get; } = new();

    /// <summary>Diagnostics expected besides the ones marked in the sources.</summary>
    public List<DiagnosticResult> ExpectedDiagnostics { get; } = new();

    /// <summary>Extra metadata references (AI client libraries, stub assemblies).</summary>
    public List<MetadataReference> References { get; } = new();

    /// <summary>Whether the test compilation references the AiCompliance SDK (the attributes). On by default.</summary>
    public bool ReferenceSdk { get; set; } = true;

    /// <summary>The content of <c>/0/.editorconfig</c>; <c>root = true</c> is added.</summary>
    public string? EditorConfig { get; set; }

    /// <summary>Keys of a global analyzer config, for example <c>build_property.AiComplianceMode = strict</c>.</summary>
    public Dictionary<string, string> GlobalOptions { get; } = new(StringComparer.Ordinal);

    /// <summary>Whole global config files, for example a mode's shipped <c>.globalconfig</c>.</summary>
    public List<string> GlobalConfigs { get; } = new();

    /// <summary>Output kind; by default an executable when a source has top-level statements, else a library.</summary>
    public OutputKind? OutputKind { get; set; }

    public LanguageVersion LanguageVersion { get; set; } = LanguageVersion.Latest;

    /// <summary>Parser features, for example <c>FileBasedProgram</c> for sources with <c>#:package</c> lines.</summary>
    public Dictionary<string, string> Features { get; } = new(StringComparer.Ordinal);

    /// <summary>The ID for <c>[|…|]</c> markup; by default the only ID the analyzers under test support.</summary>
    public string? MarkupDiagnosticId { get; set; }

    /// <summary>Compares severities only where an expectation sets one, unless this is set.</summary>
    public bool CompareSeverities { get; set; }

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        var state = TestState.Create(this);
        var actual = await GetDiagnosticsAsync(state.Project, cancellationToken).ConfigureAwait(false);
        Verify(state, actual);
    }

    /// <summary>
    /// Compiles the sources and runs the analyzers without comparing anything: for tests that inspect diagnostics
    /// themselves (robustness, concurrency). Analyzer exceptions still throw.
    /// </summary>
    public async Task<ImmutableArray<Diagnostic>> ComputeDiagnosticsAsync(CancellationToken cancellationToken = default)
    {
        var state = TestState.Create(this);
        return await GetDiagnosticsAsync(state.Project, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The workspace project the test's sources and configuration make, for tests that drive fixes themselves.</summary>
    public Project CreateProject() => TestState.Create(this).Project;

    /// <summary>Runs the analyzers on a project made by <see cref="CreateProject"/> (or changed from it).</summary>
    public Task<ImmutableArray<Diagnostic>> ComputeDiagnosticsAsync(Project project, CancellationToken cancellationToken = default) =>
        GetDiagnosticsAsync(project, cancellationToken);

    /// <summary>The analyzer diagnostics reported for a project, plus compiler errors and compiler diagnostics the test names.</summary>
    internal async Task<ImmutableArray<Diagnostic>> GetDiagnosticsAsync(Project project, CancellationToken cancellationToken, IEnumerable<string>? compilerIdsOfInterest = null)
    {
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The test project produced no compilation.");
        var exceptions = new List<string>();
        var options = new CompilationWithAnalyzersOptions(
            project.AnalyzerOptions,
            (exception, analyzer, _) =>
            {
                lock (exceptions)
                {
                    exceptions.Add($"{analyzer.GetType().Name} threw {exception}");
                }
            },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: true);
        var withAnalyzers = compilation.WithAnalyzers(Analyzers.ToImmutableArray(), options);
        var all = await withAnalyzers.GetAllDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
        if (exceptions.Count > 0)
        {
            throw new VerificationException("An analyzer threw; users would see AD0001 and lose every rule:" + Environment.NewLine + string.Join(Environment.NewLine, exceptions));
        }

        var analyzerIds = new HashSet<string>(Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id), StringComparer.Ordinal);
        var compilerIds = new HashSet<string>(compilerIdsOfInterest ?? ExpectedCompilerIds(), StringComparer.Ordinal);
        return all
            .Where(d => analyzerIds.Contains(d.Id) || d.Id == "AD0001" || compilerIds.Contains(d.Id) ||
                        (d.Descriptor.CustomTags.Contains(WellKnownDiagnosticTags.Compiler) && d.Severity == DiagnosticSeverity.Error && !d.IsSuppressed))
            .OrderBy(d => d.Location.SourceTree?.FilePath ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();
    }

    internal string DefaultMarkupId()
    {
        if (MarkupDiagnosticId is not null)
        {
            return MarkupDiagnosticId;
        }

        var ids = Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().ToList();
        return ids.Count == 1
            ? ids[0]
            : throw new InvalidOperationException("[|…|] markup needs MarkupDiagnosticId when the analyzers support several IDs: " + string.Join(", ", ids));
    }

    private IEnumerable<string> ExpectedCompilerIds() =>
        ExpectedDiagnostics.Select(d => d.Id)
            .Concat(Sources.SelectMany(s => Markup.Parse(s.Markup).Spans).Select(s => s.DiagnosticId ?? ""))
            .Where(id => id.StartsWith("CS", StringComparison.Ordinal));

    internal void Verify(TestState state, ImmutableArray<Diagnostic> actual) =>
        VerifyDiagnostics(state.Expected, actual, state.Texts, Analyzers);

    internal static void VerifyDiagnostics(IReadOnlyList<DiagnosticResult> expected, ImmutableArray<Diagnostic> actual, IReadOnlyDictionary<string, SourceText> texts, IReadOnlyList<DiagnosticAnalyzer> analyzers, bool compareSeverities = false)
    {
        var problems = new List<string>();
        var remaining = actual.ToList();
        foreach (var expectation in expected.OrderBy(e => e.Location?.Path ?? "").ThenBy(e => e.Location?.Span.Start ?? -1))
        {
            var match = remaining.FirstOrDefault(d => Matches(expectation, d, texts, analyzers, compareSeverities, out _));
            if (match is not null)
            {
                remaining.Remove(match);
                continue;
            }

            var near = remaining.FirstOrDefault(d => d.Id == expectation.Id && SameLocation(expectation, d, texts));
            if (near is not null && !Matches(expectation, near, texts, analyzers, compareSeverities, out var why))
            {
                problems.Add($"{expectation.Id} at {Describe(near)}: {why}");
                remaining.Remove(near);
            }
            else
            {
                problems.Add($"Expected but not reported: {expectation}");
            }
        }

        foreach (var extra in remaining)
        {
            problems.Add($"Reported but not expected: {Describe(extra)}");
        }

        if (problems.Count > 0)
        {
            throw new VerificationException(
                string.Join(Environment.NewLine, problems) + Environment.NewLine + Environment.NewLine +
                "Actual diagnostics, as markup:" + Environment.NewLine + AnnotatedSources(actual, texts));
        }
    }

    private static bool Matches(DiagnosticResult expected, Diagnostic actual, IReadOnlyDictionary<string, SourceText> texts, IReadOnlyList<DiagnosticAnalyzer> analyzers, bool compareSeverities, out string why)
    {
        why = "";
        if (actual.Id != expected.Id)
        {
            why = "different ID";
            return false;
        }

        if (!SameLocation(expected, actual, texts))
        {
            why = "different location";
            return false;
        }

        if (expected.IsSuppressed != actual.IsSuppressed)
        {
            why = actual.IsSuppressed ? "reported as suppressed" : "reported as not suppressed";
            return false;
        }

        if ((expected.Severity is { } severity && actual.Severity != severity) ||
            (compareSeverities && expected.Severity is null && actual.Severity != actual.DefaultSeverity))
        {
            why = $"severity {actual.Severity}, expected {expected.Severity}";
            return false;
        }

        var message = actual.GetMessage(CultureInfo.InvariantCulture);
        var expectedMessage = expected.Message ?? (expected.Arguments is { } arguments ? FormatMessage(expected.Id, arguments, analyzers, actual) : null);
        if (expectedMessage is not null && !string.Equals(message, expectedMessage, StringComparison.Ordinal))
        {
            why = $"message was{Environment.NewLine}    {message}{Environment.NewLine}  expected{Environment.NewLine}    {expectedMessage}";
            return false;
        }

        return true;
    }

    private static string FormatMessage(string id, object?[] arguments, IReadOnlyList<DiagnosticAnalyzer> analyzers, Diagnostic actual)
    {
        var format = analyzers.SelectMany(a => a.SupportedDiagnostics).FirstOrDefault(d => d.Id == id)?.MessageFormat.ToString(CultureInfo.InvariantCulture)
            ?? actual.Descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture);
        return string.Format(CultureInfo.InvariantCulture, format, arguments);
    }

    private static bool SameLocation(DiagnosticResult expected, Diagnostic actual, IReadOnlyDictionary<string, SourceText> texts)
    {
        if (expected.HasNoLocation)
        {
            return actual.Location == Location.None;
        }

        if (expected.Location is { } location)
        {
            return actual.Location.SourceTree?.FilePath == location.Path && actual.Location.SourceSpan == location.Span;
        }

        if (expected.LineColumn is { } lineColumn)
        {
            var span = actual.Location.GetLineSpan();
            return (lineColumn.Path is null || lineColumn.Path == span.Path) &&
                   span.StartLinePosition.Line + 1 == lineColumn.Line &&
                   span.StartLinePosition.Character + 1 == lineColumn.Column;
        }

        return true;
    }

    internal static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var where = diagnostic.Location == Location.None ? "(no location)" : $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})";
        return $"{diagnostic.Id} {diagnostic.Severity}{(diagnostic.IsSuppressed ? " (suppressed)" : "")} at {where}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
    }

    /// <summary>The sources with every actual diagnostic written as <c>{|ID:…|}</c>, then the list of them.</summary>
    internal static string AnnotatedSources(ImmutableArray<Diagnostic> diagnostics, IReadOnlyDictionary<string, SourceText> texts)
    {
        var output = new StringBuilder();
        foreach (var (path, text) in texts.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var inFile = diagnostics.Where(d => d.Location.SourceTree?.FilePath == path).ToList();
            var inserts = new List<(int Position, int Order, string Text)>();
            foreach (var diagnostic in inFile)
            {
                inserts.Add((diagnostic.Location.SourceSpan.Start, 1, "{|" + diagnostic.Id + ":"));
                inserts.Add((diagnostic.Location.SourceSpan.End, 0, "|}"));
            }

            var source = text.ToString();
            foreach (var insert in inserts.OrderByDescending(i => i.Position).ThenBy(i => i.Order))
            {
                source = source.Insert(insert.Position, insert.Text);
            }

            output.Append("// ").AppendLine(path).AppendLine(source);
        }

        foreach (var diagnostic in diagnostics)
        {
            output.Append("// ").AppendLine(Describe(diagnostic));
        }

        return output.ToString();
    }
}

/// <summary>A failed verification; the message says what differed and shows what was reported.</summary>
public sealed class VerificationException : Exception
{
    public VerificationException(string message)
        : base(message)
    {
    }
}
