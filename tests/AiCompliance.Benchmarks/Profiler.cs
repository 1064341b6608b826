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
/// quick Stopwatch timing of a, b, c and d (medians of three interleaved rounds, after a warm-up).
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

            // One warm-up of each, then rounds that interleave a, b, c and d, so that load from other processes hits all
            // four alike; the medians are printed.
            var operations = new Func<int>[] { () => Fresh().GetDiagnostics().Length, () => Analyze(floor), () => Analyze(ours), () => Analyze(meziantou) };
            var times = new List<double>[operations.Length];
            for (var i = 0; i < operations.Length; i++)
            {
                times[i] = [];
                _ = operations[i]();
            }

            for (var round = 0; round < 3; round++)
            {
                for (var i = 0; i < operations.Length; i++)
                {
                    var watch = Stopwatch.StartNew();
                    _ = operations[i]();
                    times[i].Add(watch.Elapsed.TotalSeconds);
                }
            }

            var (a, b, c, d) = (Median(times[0]), Median(times[1]), Median(times[2]), Median(times[3]));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"a {a:0.000}s  b {b:0.000}s  c {c:0.000}s  d {d:0.000}s  (c-a)/(b-a) {(c - a) / (b - a):0.00}  (c-a)/a {100 * (c - a) / a:0.0}%  (d-a)/a {100 * (d - a) / a:0.0}%"));

            var withAnalyzers = Fresh().WithAnalyzers(ours, AnalyzerSets.Options(logExecutionTime: true));
            var result = await withAnalyzers.GetAnalysisResultAsync(default).ConfigureAwait(false);
            var diagnostics = result.GetAllDiagnostics();
            var rows = new List<(string Name, TimeSpan Time, int Symbols, int Operations, int Trees)>();
            foreach (var analyzer in ours)
            {
                var telemetry = result.AnalyzerTelemetryInfo[analyzer];
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

    private static double Median(List<double> times)
    {
        times.Sort();
        return times[times.Count / 2];
    }
}
