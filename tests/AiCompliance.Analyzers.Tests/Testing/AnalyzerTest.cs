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
/// (see <see cref="Settings"/>).
/// </summary>
public class AnalyzerTest : AnalyzerTest<DefaultVerifier>
{
    public AnalyzerTest() => ReferenceAssemblies = TestReferences.Framework;

    public TestProjectSettings Settings { get; } = new();

    // Shorthands for the settings the tests change most.
    public List<DiagnosticAnalyzer> Analyzers => Settings.Analyzers;

    public bool ReferenceSdk { get => Settings.ReferenceSdk; set => Settings.ReferenceSdk = value; }

    public string? EditorConfig { get => Settings.EditorConfig; set => Settings.EditorConfig = value; }

    public System.DateTime? RealToday { get => Settings.RealToday; set => Settings.RealToday = value; }

    public Dictionary<string, string> GlobalOptions => Settings.GlobalOptions;

    public List<string> GlobalConfigs => Settings.GlobalConfigs;

    public LanguageVersion LanguageVersion { get => Settings.LanguageVersion; set => Settings.LanguageVersion = value; }

    public Dictionary<string, string> Features => Settings.Features;

    public string? MarkupDiagnosticId { get => Settings.MarkupDiagnosticId; set => Settings.MarkupDiagnosticId = value; }

    public override string Language => LanguageNames.CSharp;

    protected override string DefaultFileExt => "cs";

    protected override Task RunImplAsync(CancellationToken cancellationToken)
    {
        TestBehaviors = Settings.Apply(TestState, TestBehaviors);
        return base.RunImplAsync(cancellationToken);
    }

    protected override CompilationOptions CreateCompilationOptions() => TestProjectSettings.CompilationOptions();

    protected override ParseOptions CreateParseOptions() => Settings.ParseOptions();

    protected override Project ApplyCompilationOptions(Project project) => TestProjectSettings.ApplyCompilationOptions(project);

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => Settings.Analyzers;

    protected override DiagnosticDescriptor? GetDefaultDiagnostic(DiagnosticAnalyzer[] analyzers) => Settings.DefaultDiagnostic(analyzers);
}
