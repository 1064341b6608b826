using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Analyzers.Tests.Structure;
using AiCompliance.CodeFixes.Infrastructure;
using AiCompliance.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Tests.Robustness;

/// <summary>
/// Broken, half-typed and hostile code through every analyzer and code fix: no exception, ever. An analyzer exception is
/// AD0001 for the user and silently turns rules off, so this suite is the guard.
/// </summary>
public sealed class MutationTests
{
    private static readonly IReadOnlyList<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer> Analyzers = AnalyzerAssemblies.Analyzers(typeof(PolicyRuleAnalyzer).Assembly);
    private static readonly IReadOnlyList<CodeFixProvider> Fixes = AnalyzerAssemblies.CodeFixes(typeof(AddDeclarationCodeFixProvider).Assembly);

    public static TheoryData<string> Sources()
    {
        var data = new TheoryData<string> { "every-declaration", "ai-usage" };
        foreach (var (name, _) in RobustnessCorpus.Samples())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task Truncated_and_token_deleted_sources_never_make_an_analyzer_or_a_fix_throw(string name)
    {
        var source = Source(name);
        var variants = RobustnessCorpus.Truncations(source, 24)
            .Concat(RobustnessCorpus.TokenDeletions(source, 24, RobustnessCorpus.Seed ^ StableHash(name)))
            .ToList();
        foreach (var variant in variants)
        {
            var test = NewTest(variant);
            var project = test.CreateProject();
            var diagnostics = await test.ComputeDiagnosticsAsync(project);
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
            await ApplyEveryFixOnceAsync(project, diagnostics);
        }

        Assert.True(variants.Count >= 24, "The corpus produced too few variants to mean anything.");
    }

    [Fact]
    public async Task Twenty_concurrent_runs_over_one_compilation_report_the_same_diagnostics()
    {
        var test = NewTest(RobustnessCorpus.EveryDeclaration + "\n" + RobustnessCorpus.AiUsage.Replace("using AiCompliance;", "", StringComparison.Ordinal));
        var project = test.CreateProject();
        var compilation = (await project.GetCompilationAsync())!;
        var runs = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(async () =>
        {
            var withAnalyzers = compilation.WithAnalyzers(
                Analyzers.ToImmutableArray(),
                new Microsoft.CodeAnalysis.Diagnostics.CompilationWithAnalyzersOptions(project.AnalyzerOptions, null, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true));
            var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
            return string.Join("\n", diagnostics.Select(d => $"{d.Id} {d.Location.GetLineSpan()} {d.IsSuppressed} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}").OrderBy(x => x, StringComparer.Ordinal));
        })));

        Assert.NotEqual("", runs[0]);
        Assert.All(runs, run => Assert.Equal(runs[0], run));
    }

    private static async Task ApplyEveryFixOnceAsync(Project project, ImmutableArray<Diagnostic> diagnostics)
    {
        foreach (var group in diagnostics.Where(d => d.Location.IsInSource).GroupBy(d => d.Id))
        {
            var diagnostic = group.First();
            foreach (var fix in Fixes.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                var document = project.GetDocument(diagnostic.Location.SourceTree);
                if (document is null)
                {
                    continue;
                }

                var actions = new List<CodeAction>();
                await fix.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (a, _) => actions.Add(a), CancellationToken.None));
                foreach (var action in actions)
                {
                    _ = await action.GetOperationsAsync(CancellationToken.None);
                }
            }
        }
    }

    private static string Source(string name) => name switch
    {
        "every-declaration" => RobustnessCorpus.EveryDeclaration,
        "ai-usage" => RobustnessCorpus.AiUsage,
        _ => RobustnessCorpus.Samples().Single(s => s.Name == name).Text,
    };

    private static AnalysisProject NewTest(string source)
    {
        var test = new AnalysisProject(source);
        test.Analyzers.AddRange(Analyzers);
        test.References.AddRange([.. AiLibraries.OpenAi, .. AiLibraries.ExtensionsAi]);
        test.GlobalOptions["build_property.AiComplianceBuildDate"] = "2026-11-21";
        return test;
    }

    // string.GetHashCode differs in every process: the deleted tokens, and so a failure, must repeat from run to run.
    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var character in text)
        {
            hash = unchecked((hash * 31) + character);
        }

        return hash;
    }
}
