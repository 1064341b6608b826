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

    public CodeFixProvider? CodeFix { get; set; }

    public override string Language => LanguageNames.CSharp;

    protected override string DefaultFileExt => "cs";

    public override Type SyntaxKindType => typeof(SyntaxKind);

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

    protected override IEnumerable<CodeFixProvider> GetCodeFixProviders() => CodeFix is null ? [] : [CodeFix];

    protected override DiagnosticDescriptor? GetDefaultDiagnostic(DiagnosticAnalyzer[] analyzers) => Project.DefaultDiagnostic(analyzers);
}
