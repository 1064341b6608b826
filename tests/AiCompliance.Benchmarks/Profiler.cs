using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using AiCompliance.CorpusGenerator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Benchmarks;

/// <summary>
/// Which analyzer costs what: runs the AiCompliance analyzers with the compiler's per-analyzer timing
/// (logAnalyzerExecutionTime, as csc /reportanalyzer does) and prints them by cost, with the diagnostics reported and a
/// quick Stopwatch timing of a, b, c and d (median of three, after a warm-up).
/// </summary>
public static class Profiler
{
    public static async Task RunAsync(IEnumerable<int> sizes, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var references = CorpusCompilation.References(AiStubs.Compile());
        var ours = AnalyzerSets.AiCompliance();
        var floor = AnalyzerSets.Floor();
        var meziantou = AnalyzerSets.Meziantou();
        foreach (var size in sizes)
        {
            var corpus = CorpusGenerator.CorpusGenerator.Generate(size);
            output.WriteLine($"== {corpus}");
            Compilation Fresh() => CorpusCompilation.Create(CorpusCompilation.Parse(corpus), references);
            int Analyze(ImmutableArray<DiagnosticAnalyzer> analyzers) => Fresh().WithAnalyzers(analyzers, AnalyzerSets.Options()).GetAllDiagnosticsAsync().GetAwaiter().GetResult().Length;

            _ = Analyze(ours);
            var a = Median(() => Fresh().GetDiagnostics().Length);
            var b = Median(() => Analyze(floor));
            var c = Median(() => Analyze(ours));
            var d = Median(() => Analyze(meziantou));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"a {a:0.000}s  b {b:0.000}s  c {c:0.000}s  d {d:0.000}s  (c-a)/(b-a) {(c - a) / (b - a):0.00}  (c-a)/a {100 * (c - a) / a:0.0}%  (d-a)/a {100 * (d - a) / a:0.0}%"));

            var withAnalyzers = Fresh().WithAnalyzers(ours, AnalyzerSets.Options(logExecutionTime: true));
            var diagnostics = await withAnalyzers.GetAllDiagnosticsAsync().ConfigureAwait(false);
            var rows = new List<(string Name, TimeSpan Time, int Symbols, int Operations, int Trees)>();
            foreach (var analyzer in ours)
            {
                var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, default).ConfigureAwait(false);
                var ids = analyzer is DiagnosticSuppressor suppressor
                    ? "suppressor (" + suppressor.SupportedSuppressions.Length.ToString(CultureInfo.InvariantCulture) + " ids)"
                    : string.Join(",", analyzer.SupportedDiagnostics.Select(s => s.Id).Distinct());
                rows.Add((ids + " " + analyzer.GetType().Name, telemetry.ExecutionTime, telemetry.SymbolActionsCount + telemetry.SymbolStartActionsCount + telemetry.SymbolEndActionsCount, telemetry.OperationActionsCount, telemetry.SyntaxTreeActionsCount));
            }

            var total = rows.Sum(r => r.Time.TotalSeconds);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"analyzer execution time (summed over threads): {total:0.000}s over {ours.Length} analyzers"));
            foreach (var row in rows.OrderByDescending(r => r.Time).Take(12))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {row.Time.TotalSeconds,7:0.000}s {100 * row.Time.TotalSeconds / total,5:0.0}%  {row.Name}  (symbol actions {row.Symbols}, operation actions {row.Operations}, tree actions {row.Trees})"));
            }

            var byId = diagnostics.Where(x => x.Id.StartsWith("AIC", StringComparison.Ordinal)).GroupBy(x => x.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key + "×" + g.Count().ToString(CultureInfo.InvariantCulture));
            output.WriteLine("diagnostics: " + string.Join(" ", byId));
            output.WriteLine();
        }
    }

    private static double Median(Func<int> operation)
    {
        var times = new double[3];
        for (var i = 0; i < times.Length; i++)
        {
            var watch = Stopwatch.StartNew();
            _ = operation();
            times[i] = watch.Elapsed.TotalSeconds;
        }

        Array.Sort(times);
        return times[1];
    }
}
