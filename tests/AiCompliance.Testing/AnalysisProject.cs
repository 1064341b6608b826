using System;
using System.Collections.Generic;
using System.Collections.Immutable;
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
/// A user's project in a workspace, with the analyzers the build would run on it, for tests that look at what the
/// analyzers report themselves instead of comparing it with expectations (parity with the CLI, robustness, concurrency,
/// the actions a fix offers). Tests that expect diagnostics or fixed code use the Roslyn analyzer testing framework.
/// </summary>
public sealed class AnalysisProject
{
    public AnalysisProject(string source) => Source = source ?? throw new ArgumentNullException(nameof(source));

    public string Source { get; }

    public List<DiagnosticAnalyzer> Analyzers { get; } = new();

    /// <summary>Extra metadata references (AI client libraries, stub assemblies).</summary>
    public List<MetadataReference> References { get; } = new();

    /// <summary>Keys of a global analyzer config, as the package passes MSBuild properties and options.</summary>
    public Dictionary<string, string> GlobalOptions { get; } = new(StringComparer.Ordinal);

    /// <summary>Whole global config files, for example a mode's shipped <c>.globalconfig</c>.</summary>
    public List<string> GlobalConfigs { get; } = new();

    public OutputKind OutputKind { get; set; } = OutputKind.DynamicallyLinkedLibrary;

    /// <summary>The project's AdditionalFiles items (full path, text), as MSBuild passes them to the analyzers.</summary>
    public List<(string Path, string Text)> AdditionalFiles { get; } = new();

    /// <summary>The project: the source at <c>/0/Test0.cs</c>, the .NET and SDK references and the analyzer configuration.</summary>
    public Project CreateProject()
    {
        var references = new List<MetadataReference>(ReferenceAssemblies.Net) { ReferenceAssemblies.Sdk };
        references.AddRange(References);
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId("TestProject");
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId,
            VersionStamp.Default,
            "TestProject",
            "TestProject",
            LanguageNames.CSharp,
            filePath: "/0/TestProject.csproj",
            compilationOptions: new CSharpCompilationOptions(OutputKind, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose),
            metadataReferences: references));
        solution = solution.AddDocument(DocumentId.CreateNewId(projectId), "Test0.cs", SourceText.From(Source, Encoding.UTF8), filePath: "/0/Test0.cs");

        if (GlobalOptions.Count > 0)
        {
            var global = new StringBuilder("is_global = true").AppendLine();
            foreach (var (key, value) in GlobalOptions)
            {
                global.Append(key).Append(" = ").AppendLine(value);
            }

            solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), "test.globalconfig", SourceText.From(global.ToString()), filePath: "/0/test.globalconfig");
        }

        foreach (var (path, text) in AdditionalFiles)
        {
            solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId), System.IO.Path.GetFileName(path), SourceText.From(text), filePath: path);
        }

        for (var i = 0; i < GlobalConfigs.Count; i++)
        {
            solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), $"config{i}.globalconfig", SourceText.From(GlobalConfigs[i]), filePath: $"/config{i}.globalconfig");
        }

        return solution.GetProject(projectId)!;
    }

    public Task<ImmutableArray<Diagnostic>> ComputeDiagnosticsAsync(CancellationToken cancellationToken = default) =>
        ComputeDiagnosticsAsync(CreateProject(), cancellationToken);

    /// <summary>
    /// What the analyzers report on the project (suppressed ones included, marked), in source order. An analyzer that
    /// throws fails the call: users would see AD0001 and lose every rule.
    /// </summary>
    public async Task<ImmutableArray<Diagnostic>> ComputeDiagnosticsAsync(Project project, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The project produced no compilation.");
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
        var diagnostics = await compilation.WithAnalyzers(Analyzers.ToImmutableArray(), options).GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
        if (exceptions.Count > 0)
        {
            throw new InvalidOperationException("An analyzer threw:" + Environment.NewLine + string.Join(Environment.NewLine, exceptions));
        }

        return diagnostics
            .OrderBy(d => d.Location.SourceTree?.FilePath ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();
    }
}
