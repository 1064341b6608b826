using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace AiCompliance.Analyzers.Tests;

/// <summary>
/// What a test project for the AiCompliance analyzers adds to the framework's defaults: the SDK attributes, the .NET
/// reference assemblies, the build properties and options that the package's props and targets pass as analyzer
/// configuration, and the C# language settings of a user's project.
/// </summary>
public sealed class TestProjectSettings
{
    private bool _applied;

    /// <summary>The analyzers (and suppressors) the test runs together.</summary>
    public List<DiagnosticAnalyzer> Analyzers { get; } = new();

    /// <summary>Whether the test project references the AiCompliance SDK (the attributes). On by default.</summary>
    public bool ReferenceSdk { get; set; } = true;

    /// <summary>The content of <c>/0/.editorconfig</c>, which applies to every test source; <c>root = true</c> is added.</summary>
    public string? EditorConfig { get; set; }

    /// <summary>Keys of a global analyzer config, for example <c>build_property.AiComplianceMode = strict</c>.</summary>
    public Dictionary<string, string> GlobalOptions { get; } = new(StringComparer.Ordinal);

    /// <summary>Whole global config files, for example a mode's shipped <c>.globalconfig</c>.</summary>
    public List<string> GlobalConfigs { get; } = new();

    public LanguageVersion LanguageVersion { get; set; } = LanguageVersion.Latest;

    /// <summary>Parser features, for example <c>FileBasedProgram</c> for sources with <c>#:package</c> lines.</summary>
    public Dictionary<string, string> Features { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The real date risk acceptances expire by, given to every analyzer and suppressor of the test, so that a test does
    /// not depend on the wall clock; null leaves them on the machine's UTC date.
    /// </summary>
    public DateTime? RealToday { get; set; }

    /// <summary>The ID that <c>[|…|]</c> markup stands for; by default the only ID the analyzers support.</summary>
    public string? MarkupDiagnosticId { get; set; }

    internal CSharpParseOptions ParseOptions() =>
        new CSharpParseOptions(LanguageVersion, DocumentationMode.Diagnose).WithFeatures(Features);

    internal static CompilationOptions CompilationOptions() =>
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true);

    /// <summary>
    /// Rule severities come from the rule defaults, the mode's global config and .editorconfig, as in a user's build;
    /// the framework's default pins every rule in the compilation options, which would override the global config.
    /// Analyzer exceptions (AD0001) are errors.
    /// </summary>
    internal static Project ApplyCompilationOptions(Project project)
    {
        var options = project.CompilationOptions!;
        options = options.WithSpecificDiagnosticOptions(options.SpecificDiagnosticOptions.SetItem("AD0001", ReportDiagnostic.Error));
        return project.Solution.WithProjectCompilationOptions(project.Id, options).GetProject(project.Id)!;
    }

    internal DiagnosticDescriptor? DefaultDiagnostic(DiagnosticAnalyzer[] analyzers)
    {
        var supported = analyzers.SelectMany(a => a.SupportedDiagnostics).GroupBy(d => d.Id, StringComparer.Ordinal).Select(g => g.First()).ToList();
        if (MarkupDiagnosticId is { } id)
        {
            return supported.Single(d => d.Id == id);
        }

        return supported.Count == 1 ? supported[0] : null;
    }

    /// <summary>
    /// Adds the references and configuration files to the test state before the framework reads it, and returns the
    /// framework checks that apply to these sources.
    /// </summary>
    internal TestBehaviors Apply(SolutionState state, TestBehaviors behaviors)
    {
        if (_applied)
        {
            throw new InvalidOperationException("A test runs once; create a new test to run again.");
        }

        _applied = true;
        foreach (var analyzer in Analyzers)
        {
            switch (analyzer)
            {
                case global::AiCompliance.Analyzers.Infrastructure.PolicyRuleAnalyzer rule:
                    rule.RealToday = RealToday;
                    break;
                case global::AiCompliance.Analyzers.Acceptances.RiskAcceptanceSuppressor suppressor:
                    suppressor.RealToday = RealToday;
                    break;
            }
        }

        state.AdditionalReferences.AddRange(TestReferences.Net);
        if (ReferenceSdk)
        {
            state.AdditionalReferences.Add(TestReferences.Sdk);
        }

        // A project whose sources have top-level statements is an executable, as it is for a user.
        if (state.OutputKind is null && state.Sources.Any(s => HasTopLevelStatements(s.content)))
        {
            state.OutputKind = OutputKind.ConsoleApplication;
        }

        if (EditorConfig is { } editorConfig)
        {
            state.AnalyzerConfigFiles.Add(("/0/.editorconfig", "root = true" + Environment.NewLine + editorConfig));
        }

        if (GlobalOptions.Count > 0)
        {
            var global = new StringBuilder("is_global = true").AppendLine();
            foreach (var (key, value) in GlobalOptions)
            {
                global.Append(key).Append(" = ").AppendLine(value);
            }

            state.AnalyzerConfigFiles.Add(("/0/test.globalconfig", global.ToString()));
        }

        for (var i = 0; i < GlobalConfigs.Count; i++)
        {
            state.AnalyzerConfigFiles.Add(($"/config{i}.globalconfig", GlobalConfigs[i]));
        }

        // The suppression check writes a #pragma above each file, and a file-based program's '#!' must stay first.
        return Features.ContainsKey("FileBasedProgram") ? behaviors | TestBehaviors.SkipSuppressionCheck : behaviors;
    }

    private bool HasTopLevelStatements(SourceText markup)
    {
        TestFileMarkupParser.GetSpans(markup.ToString(), out string source, out ImmutableArray<TextSpan> _);
        return CSharpSyntaxTree.ParseText(source, ParseOptions()).GetCompilationUnitRoot().Members.OfType<GlobalStatementSyntax>().Any();
    }
}
