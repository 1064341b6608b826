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
/// quick timing of the suite's variants a, b, c and the floor (medians of three interleaved rounds after a warm-up:
/// wall-clock and CPU time, GC pause time, bytes allocated), on a corpus of one shape.
/// </summary>
public static class Profiler
{
    public static async Task RunAsync(IEnumerable<int> sizes, CorpusShape shape, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var references = AiReferences.For(shape);
        var ours = AnalyzerSets.AiCompliance();
        var floor = AnalyzerSets.Floor();
        var sdk = AnalyzerSets.SdkDefault();
        var sdkSeverities = AnalyzerSets.SdkDefaultSeverities();
        foreach (var size in sizes)
        {
            var corpus = CorpusGenerator.CorpusGenerator.Generate(size, CorpusGenerator.CorpusGenerator.DefaultSeed, shape);
            output.WriteLine($"== {corpus} ({shape}, {AiReferences.Describe})");
            Compilation Fresh() => CorpusCompilation.Create(CorpusCompilation.Parse(corpus), references);
            int Analyze(ImmutableArray<DiagnosticAnalyzer> analyzers) => AnalyzerSets.AllDiagnostics(Fresh(), analyzers, sdkSeverities);

            // The suite's variants (a compiler, b + the SDK's analyzers, c = b + AiCompliance, the floor analyzer): one
            // warm-up of each, then rounds that interleave them, so that load from other processes hits all alike; the
            // medians of wall-clock time, CPU time, GC pause time and bytes allocated are printed.
            var names = new[] { "a", "b", "c", "floor" };
            var operations = new Func<int>[] { () => Fresh().GetDiagnostics().Length, () => Analyze(sdk), () => Analyze(sdk.AddRange(ours)), () => Analyze(floor) };
            var samples = new List<(double Wall, double Cpu, double Gc, double Allocated)>[operations.Length];
            for (var i = 0; i < operations.Length; i++)
            {
                samples[i] = [];
                _ = operations[i]();
            }

            for (var round = 0; round < 3; round++)
            {
                for (var i = 0; i < operations.Length; i++)
                {
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    using var process = Process.GetCurrentProcess();
                    var cpu = process.TotalProcessorTime;
                    var pause = GC.GetTotalPauseDuration();
                    var allocated = GC.GetTotalAllocatedBytes();
                    var watch = Stopwatch.StartNew();
                    _ = operations[i]();
                    var wall = watch.Elapsed.TotalSeconds;
                    process.Refresh();
                    samples[i].Add((wall, (process.TotalProcessorTime - cpu).TotalSeconds, (GC.GetTotalPauseDuration() - pause).TotalSeconds, (GC.GetTotalAllocatedBytes() - allocated) / 1e9));
                }
            }

            for (var i = 0; i < operations.Length; i++)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{names[i],-5} wall {Median(samples[i].Select(s => s.Wall)),8:0.000}s  cpu {Median(samples[i].Select(s => s.Cpu)),8:0.000}s  gc pause {Median(samples[i].Select(s => s.Gc)),7:0.000}s  allocated {Median(samples[i].Select(s => s.Allocated)),7:0.00} GB"));
            }

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

    private static double Median(IEnumerable<double> times)
    {
        var sorted = times.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
