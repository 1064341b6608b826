using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace AiCompliance.Analyzers.Tests;

/// <summary>
/// The framework's code-fix test: the diagnostics before, the code after fixing one diagnostic at a time and after Fix
/// All in document, project and solution, and the diagnostics left in the fixed code.
/// </summary>
public class CodeFixTest : CodeFixTest<DefaultVerifier>
{
    public CodeFixTest()
    {
        ReferenceAssemblies = TestReferences.Framework;

        // Markup in the fixed code marks the diagnostics expected after the fix, including ones the fix leaves alone.
        FixedState.MarkupHandling = MarkupMode.Allow;
    }

    public TestProjectSettings Settings { get; } = new();

    // Shorthands for the settings the tests change most.
    public List<DiagnosticAnalyzer> Analyzers => Settings.Analyzers;

    public bool ReferenceSdk { get => Settings.ReferenceSdk; set => Settings.ReferenceSdk = value; }

    public string? EditorConfig { get => Settings.EditorConfig; set => Settings.EditorConfig = value; }

    public Dictionary<string, string> GlobalOptions => Settings.GlobalOptions;

    public List<string> GlobalConfigs => Settings.GlobalConfigs;

    public LanguageVersion LanguageVersion { get => Settings.LanguageVersion; set => Settings.LanguageVersion = value; }

    public Dictionary<string, string> Features => Settings.Features;

    public string? MarkupDiagnosticId { get => Settings.MarkupDiagnosticId; set => Settings.MarkupDiagnosticId = value; }

    public CodeFixProvider? CodeFix { get; set; }

    public override string Language => LanguageNames.CSharp;

    protected override string DefaultFileExt => "cs";

    public override Type SyntaxKindType => typeof(SyntaxKind);

    protected override Task RunImplAsync(CancellationToken cancellationToken)
    {
        TestBehaviors = Settings.Apply(TestState, TestBehaviors);
        return base.RunImplAsync(cancellationToken);
    }

    protected override CompilationOptions CreateCompilationOptions() => TestProjectSettings.CompilationOptions();

    protected override ParseOptions CreateParseOptions() => Settings.ParseOptions();

    protected override Project ApplyCompilationOptions(Project project) => TestProjectSettings.ApplyCompilationOptions(project);

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => Settings.Analyzers;

    protected override IEnumerable<CodeFixProvider> GetCodeFixProviders() => CodeFix is null ? [] : [CodeFix];

    protected override DiagnosticDescriptor? GetDefaultDiagnostic(DiagnosticAnalyzer[] analyzers) => Settings.DefaultDiagnostic(analyzers);
}
