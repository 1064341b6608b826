using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace AiCompliance.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/AiCompliance.Benchmarks -- --filter *</c> runs the BenchmarkDotNet suite
/// and then prints and saves the ratios computed from that one run (ratios.md next to the other results).
/// <c>… -- profile [sizes]</c> times each analyzer with the compiler's telemetry (no BenchmarkDotNet).
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length > 0 && args[0] == "profile")
        {
            var sizes = args.Length > 1 ? args[1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray() : [1000, 5000, 20000];
            await Profiler.RunAsync(sizes, Console.Out).ConfigureAwait(false);
            return 0;
        }

        if (!args.Contains("--list") && !args.Contains("--help"))
        {
            WarmUp();
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchmarkConfigs.Run()).ToList();
        var ratios = Ratios.Format(summaries);
        if (ratios.Length > 0)
        {
            Console.WriteLine();
            Console.WriteLine(ratios);
            var directory = Path.Combine(BenchmarkConfigs.ArtifactsPath, "results");
            Directory.CreateDirectory(directory);
            await File.WriteAllTextAsync(Path.Combine(directory, "ratios.md"), ratios).ConfigureAwait(false);
        }

        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }

    /// <summary>
    /// Every benchmark runs in this process, one after the other, so the first ones would otherwise pay for loading and
    /// JIT-compiling the compiler and the analyzers (and run before tiered compilation has optimized them): two rounds
    /// of each variant on a small corpus first.
    /// </summary>
    private static void WarmUp()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var warmUp = new AnalyzerBenchmarks { Types = 1000 };
        warmUp.Setup();
        for (var round = 0; round < 2; round++)
        {
            _ = warmUp.Compiler();
            _ = warmUp.Floor();
            _ = warmUp.AiCompliance();
            _ = warmUp.Meziantou();
        }

        CpuTime.Clear();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// Warm-up: {watch.Elapsed.TotalSeconds:0.0} s"));
    }
}

/// <summary>The ratios docs/performance.md reports, from the medians of one BenchmarkDotNet run.</summary>
public static class Ratios
{
    public static string Format(IReadOnlyList<Summary> summaries)
    {
        var medians = new Dictionary<(int Types, string Method), double>();
        var cpu = new Dictionary<(int Types, string Method), double>();
        foreach (var report in summaries.SelectMany(s => s.Reports))
        {
            if (report.BenchmarkCase.Descriptor.Type != typeof(AnalyzerBenchmarks) || report.ResultStatistics is null)
            {
                continue;
            }

            var types = (int)report.BenchmarkCase.Parameters[nameof(AnalyzerBenchmarks.Types)];
            var method = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
            medians[(types, method)] = report.ResultStatistics.Median / 1e9;
            cpu[(types, method)] = CpuTime.Median(method, types, report.ResultStatistics.N);
        }

        var sizes = medians.Keys.Select(k => k.Types).Distinct().Order().Where(t => new[] { nameof(AnalyzerBenchmarks.Compiler), nameof(AnalyzerBenchmarks.Floor), nameof(AnalyzerBenchmarks.AiCompliance) }.All(m => medians.ContainsKey((t, m)))).ToList();
        if (sizes.Count == 0)
        {
            return "";
        }

        var text = new System.Text.StringBuilder();
        text.AppendLine("a = compiler, b = + floor analyzer, c = + AiCompliance, d = + Meziantou.Analyzer; medians of the measured iterations of one run, in seconds.");
        text.AppendLine();
        text.AppendLine("Wall-clock time (BenchmarkDotNet):");
        text.AppendLine();
        Table(text, medians, sizes);
        text.AppendLine();
        text.AppendLine("Process CPU time of the same operations (all threads; not disturbed by other processes on the machine):");
        text.AppendLine();
        Table(text, cpu, sizes);
        return text.ToString();
    }

    private static void Table(System.Text.StringBuilder text, Dictionary<(int Types, string Method), double> medians, List<int> sizes)
    {
        text.AppendLine("| Types | a | b | c | d | b−a | c−a | d−a | (c−a)/(b−a) | (c−a)/a | (d−a)/a | (c−a) per 1k types |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var types in sizes)
        {
            var a = medians[(types, nameof(AnalyzerBenchmarks.Compiler))];
            var b = medians[(types, nameof(AnalyzerBenchmarks.Floor))];
            var c = medians[(types, nameof(AnalyzerBenchmarks.AiCompliance))];
            var d = medians.TryGetValue((types, nameof(AnalyzerBenchmarks.Meziantou)), out var m) ? m : double.NaN;
            if (double.IsNaN(a) || double.IsNaN(c))
            {
                continue;
            }

            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {types} | {a:0.000} | {b:0.000} | {c:0.000} | {d:0.000} | {b - a:0.000} | {c - a:0.000} | {d - a:0.000} | {(c - a) / (b - a):0.00} | {100 * (c - a) / a:0.0}% | {100 * (d - a) / a:0.0}% | {(c - a) / types * 1000:0.000} |"));
        }

        if (sizes.Count > 1)
        {
            var first = sizes[0];
            var last = sizes[^1];
            double Cost(int t, string method) => medians[(t, method)] - medians[(t, nameof(AnalyzerBenchmarks.Compiler))];
            text.AppendLine();
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"Growth from {first} to {last} types (×{(double)last / first:0.#} types): compiler ×{medians[(last, nameof(AnalyzerBenchmarks.Compiler))] / medians[(first, nameof(AnalyzerBenchmarks.Compiler))]:0.0}, floor cost (b−a) ×{Cost(last, nameof(AnalyzerBenchmarks.Floor)) / Cost(first, nameof(AnalyzerBenchmarks.Floor)):0.0}, AiCompliance cost (c−a) ×{Cost(last, nameof(AnalyzerBenchmarks.AiCompliance)) / Cost(first, nameof(AnalyzerBenchmarks.AiCompliance)):0.0}."));
        }
    }
}
