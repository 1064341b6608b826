using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace AiCompliance.Analyzers.Tests;

/// <summary>
/// The framework's analyzer test for one or more AiCompliance analyzers or suppressors in a user's project
/// (see <see cref="TestProjectSettings"/>).
/// </summary>
public class AnalyzerTest : AnalyzerTest<DefaultVerifier>
{
    public AnalyzerTest() => ReferenceAssemblies = TestReferences.Framework;

    public TestProjectSettings Project { get; } = new();

    // Shorthands for the settings the tests change most.
    public List<DiagnosticAnalyzer> Analyzers => Project.Analyzers;

    public bool ReferenceSdk { get => Project.ReferenceSdk; set => Project.ReferenceSdk = value; }

    public string? EditorConfig { get => Project.EditorConfig; set => Project.EditorConfig = value; }

    public Dictionary<string, string> GlobalOptions => Project.GlobalOptions;

    public List<string> GlobalConfigs => Project.GlobalConfigs;

    public LanguageVersion LanguageVersion { get => Project.LanguageVersion; set => Project.LanguageVersion = value; }

    public Dictionary<string, string> Features => Project.Features;

    public string? MarkupDiagnosticId { get => Project.MarkupDiagnosticId; set => Project.MarkupDiagnosticId = value; }

    public override string Language => LanguageNames.CSharp;

    protected override string DefaultFileExt => "cs";

    protected override Task RunImplAsync(CancellationToken cancellationToken)
    {
        Project.Apply(TestState);
        if (Project.Features.ContainsKey("FileBasedProgram"))
        {
            // The suppression check writes a #pragma above the file, and '#!' must stay on its first line.
            TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
        }

        return base.RunImplAsync(cancellationToken);
    }

    protected override CompilationOptions CreateCompilationOptions() => TestProjectSettings.CompilationOptions();

    protected override ParseOptions CreateParseOptions() => Project.ParseOptions();

    protected override Microsoft.CodeAnalysis.Project ApplyCompilationOptions(Microsoft.CodeAnalysis.Project project) => TestProjectSettings.ApplyCompilationOptions(project);

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => Project.Analyzers;

    protected override DiagnosticDescriptor? GetDefaultDiagnostic(DiagnosticAnalyzer[] analyzers) => Project.DefaultDiagnostic(analyzers);
}
