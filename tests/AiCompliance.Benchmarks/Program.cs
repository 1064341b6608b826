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
/// <c>… -- profile [sizes] [shape]</c> times each analyzer with the compiler's telemetry (no BenchmarkDotNet).
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length > 0 && args[0] == "profile")
        {
            var sizes = args.Length > 1 ? args[1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray() : [1000, 5000, 20000];
            var shape = args.Length > 2 ? Enum.Parse<CorpusGenerator.CorpusShape>(args[2], ignoreCase: true) : CorpusGenerator.CorpusShape.Mixed;
            await Profiler.RunAsync(sizes, shape, Console.Out).ConfigureAwait(false);
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
            _ = warmUp.Sdk();
            _ = warmUp.AiCompliance();
            _ = warmUp.Meziantou();
            _ = warmUp.Floor();
        }

        CpuTime.Clear();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// Warm-up: {watch.Elapsed.TotalSeconds:0.0} s"));
    }
}

/// <summary>The ratios docs/performance.md reports, from the medians of one BenchmarkDotNet run.</summary>
public static class Ratios
{
    private const string A = nameof(AnalyzerBenchmarks.Compiler);
    private const string B = nameof(AnalyzerBenchmarks.Sdk);
    private const string C = nameof(AnalyzerBenchmarks.AiCompliance);
    private const string D = nameof(AnalyzerBenchmarks.Meziantou);
    private const string Floor = nameof(AnalyzerBenchmarks.Floor);

    public static string Format(IReadOnlyList<Summary> summaries)
    {
        var medians = new Dictionary<(int Types, string Shape, string Method), double>();
        var cpu = new Dictionary<(int Types, string Shape, string Method), double>();
        foreach (var report in summaries.SelectMany(s => s.Reports))
        {
            if (report.BenchmarkCase.Descriptor.Type != typeof(AnalyzerBenchmarks) || report.ResultStatistics is null)
            {
                continue;
            }

            var types = (int)report.BenchmarkCase.Parameters[nameof(AnalyzerBenchmarks.Types)];
            var shape = report.BenchmarkCase.Parameters[nameof(AnalyzerBenchmarks.Shape)]?.ToString() ?? "";
            var method = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
            medians[(types, shape, method)] = report.ResultStatistics.Median / 1e9;
            cpu[(types, shape, method)] = CpuTime.Median(method + "/" + shape, types, report.ResultStatistics.N);
        }

        var rows = medians.Keys.Select(k => (k.Types, k.Shape)).Distinct().OrderBy(k => k.Shape, StringComparer.Ordinal).ThenBy(k => k.Types)
            .Where(k => new[] { A, B, C }.All(m => medians.ContainsKey((k.Types, k.Shape, m)))).ToList();
        if (rows.Count == 0)
        {
            return "";
        }

        var text = new System.Text.StringBuilder();
        text.AppendLine("a = compiler, b = + the .NET SDK's default analyzers, c = b + AiCompliance, d = b + Meziantou.Analyzer; floor = a + the floor analyzer (internal); medians of the measured iterations of one run, in seconds.");
        text.AppendLine();
        text.AppendLine("Wall-clock time (BenchmarkDotNet):");
        text.AppendLine();
        Table(text, medians, rows);
        text.AppendLine();
        text.AppendLine("Process CPU time of the same operations (all threads; not disturbed by other processes on the machine):");
        text.AppendLine();
        Table(text, cpu, rows);
        return text.ToString();
    }

    private static void Table(System.Text.StringBuilder text, Dictionary<(int Types, string Shape, string Method), double> medians, List<(int Types, string Shape)> rows)
    {
        double Get(int types, string shape, string method) => medians.TryGetValue((types, shape, method), out var value) ? value : double.NaN;
        // (c−b)/(floor−a): what AiCompliance adds to the SDK's analyzers against what the floor analyzer adds to the
        // compiler (issue 14 bounds it at 1.5×); an internal comparison, (c−b)/b is what a user pays.
        text.AppendLine("| Shape | Types | a | b | c | d | floor | (b−a)/a | (c−b)/b | (d−b)/b | (c−b) per 1k types | (c−b)/(floor−a) |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (types, shape) in rows)
        {
            var a = Get(types, shape, A);
            var b = Get(types, shape, B);
            var c = Get(types, shape, C);
            var d = Get(types, shape, D);
            var floor = Get(types, shape, Floor);
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {shape} | {types} | {a:0.000} | {b:0.000} | {c:0.000} | {d:0.000} | {floor:0.000} | {100 * (b - a) / a:0.0}% | {100 * (c - b) / b:0.0}% | {100 * (d - b) / b:0.0}% | {(c - b) / types * 1000:0.000} | {(c - b) / (floor - a):0.00} |"));
        }

        foreach (var shape in rows.Select(r => r.Shape).Distinct())
        {
            var sizes = rows.Where(r => r.Shape == shape).Select(r => r.Types).ToList();
            if (sizes.Count > 1)
            {
                var first = sizes[0];
                var last = sizes[^1];
                text.AppendLine();
                text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{shape}: growth from {first} to {last} types (×{(double)last / first:0.#} types): compiler ×{Get(last, shape, A) / Get(first, shape, A):0.0}, SDK analyzers (b−a) ×{(Get(last, shape, B) - Get(last, shape, A)) / (Get(first, shape, B) - Get(first, shape, A)):0.0}, AiCompliance (c−b) ×{(Get(last, shape, C) - Get(last, shape, B)) / (Get(first, shape, C) - Get(first, shape, B)):0.0}."));
            }
        }
    }
}
