using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace AiCompliance.Testing;

/// <summary>A test's sources parsed out of markup and loaded into a workspace project with its configuration.</summary>
internal sealed class TestState
{
    private TestState(Project project, IReadOnlyList<DiagnosticResult> expected, IReadOnlyDictionary<string, SourceText> texts)
    {
        Project = project;
        Expected = expected;
        Texts = texts;
    }

    public Project Project { get; }

    public IReadOnlyList<DiagnosticResult> Expected { get; }

    public IReadOnlyDictionary<string, SourceText> Texts { get; }

    public static TestState Create(AnalyzerTest test) => Create(test, test.Sources, test.ExpectedDiagnostics);

    public static TestState Create(AnalyzerTest test, IReadOnlyList<TestSource> sources, IReadOnlyList<DiagnosticResult> explicitExpectations)
    {
        if (sources.Count == 0)
        {
            throw new InvalidOperationException("The test has no source.");
        }

        var texts = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        var expected = new List<DiagnosticResult>();
        var named = new Dictionary<int, (string Path, TextSpan Span)>();
        foreach (var source in sources)
        {
            var (text, spans) = Markup.Parse(source.Markup);
            texts[source.Path] = SourceText.From(text, Encoding.UTF8);
            foreach (var span in spans)
            {
                if (span.LocationIndex is { } index)
                {
                    named[index] = (source.Path, span.Span);
                }
                else
                {
                    expected.Add(DiagnosticResult.Diagnostic(span.DiagnosticId ?? test.DefaultMarkupId()) with { Location = (source.Path, span.Span) });
                }
            }
        }

        foreach (var expectation in explicitExpectations)
        {
            if (expectation.LocationIndex is { } index)
            {
                if (!named.TryGetValue(index, out var location))
                {
                    throw new InvalidOperationException($"The expectation {expectation} names location #{index}, which no {{|#{index}:…|}} marks.");
                }

                expected.Add(expectation with { Location = location, LocationIndex = null });
            }
            else
            {
                expected.Add(expectation);
            }
        }

        return new TestState(CreateProject(test, texts), expected, texts);
    }

    private static Project CreateProject(AnalyzerTest test, IReadOnlyDictionary<string, SourceText> texts)
    {
        var parseOptions = new CSharpParseOptions(test.LanguageVersion, DocumentationMode.Diagnose).WithFeatures(test.Features);
        var hasTopLevelStatements = texts.Values.Any(t => CSharpSyntaxTree.ParseText(t, parseOptions).GetCompilationUnitRoot().Members.OfType<GlobalStatementSyntax>().Any());
        var outputKind = test.OutputKind ?? (hasTopLevelStatements ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary);
        var compilationOptions = new CSharpCompilationOptions(outputKind, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true);

        var references = new List<MetadataReference>(ReferenceAssemblies.Net);
        if (test.ReferenceSdk)
        {
            references.Add(ReferenceAssemblies.Sdk);
        }

        references.AddRange(test.References);

        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId("TestProject");
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId,
            VersionStamp.Default,
            "TestProject",
            "TestProject",
            LanguageNames.CSharp,
            filePath: "/0/TestProject.csproj",
            compilationOptions: compilationOptions,
            parseOptions: parseOptions,
            metadataReferences: references));

        foreach (var (path, text) in texts.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), System.IO.Path.GetFileName(path), text, filePath: path);
        }

        if (test.EditorConfig is { } editorConfig)
        {
            solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), ".editorconfig", SourceText.From("root = true" + Environment.NewLine + editorConfig), filePath: "/0/.editorconfig");
        }

        if (test.GlobalOptions.Count > 0)
        {
            var global = new StringBuilder("is_global = true").AppendLine();
            foreach (var (key, value) in test.GlobalOptions)
            {
                global.Append(key).Append(" = ").AppendLine(value);
            }

            solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), "test.globalconfig", SourceText.From(global.ToString()), filePath: "/0/test.globalconfig");
        }

        for (var i = 0; i < test.GlobalConfigs.Count; i++)
        {
            solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), $"config{i}.globalconfig", SourceText.From(test.GlobalConfigs[i]), filePath: $"/config{i}.globalconfig");
        }

        return solution.GetProject(projectId)!;
    }
}
