using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using AiCompliance.CorpusGenerator;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Benchmarks;

/// <summary>
/// The cost of the analyzers on a generated corpus of <see cref="Types"/> types. Every operation starts from source
/// text: it parses, creates a fresh compilation (nothing bound is shared between operations) and asks for every
/// diagnostic, with (a) no analyzer, (b) the floor analyzer, (c) the AiCompliance analyzers and suppressor, (d)
/// Meziantou.Analyzer. (b), (c) and (d) run through CompilationWithAnalyzers with the compiler's settings.
/// </summary>
[Config(typeof(MacroConfig))]
public class AnalyzerBenchmarks
{
    private static readonly Dictionary<int, Corpus> Corpora = [];

    private Corpus _corpus = null!;
    private ImmutableArray<MetadataReference> _references;
    private ImmutableArray<DiagnosticAnalyzer> _floor;
    private ImmutableArray<DiagnosticAnalyzer> _aiCompliance;
    private ImmutableArray<DiagnosticAnalyzer> _meziantou;

    /// <summary>The corpus sizes: 1k, 5k and 20k types, or AICOMPLIANCE_BENCH_TYPES (comma-separated) for a quick run.</summary>
    public static IEnumerable<int> Sizes =>
        Environment.GetEnvironmentVariable("AICOMPLIANCE_BENCH_TYPES") is { Length: > 0 } sizes
            ? sizes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture))
            : [1000, 5000, 20000];

    [ParamsSource(nameof(Sizes))]
    public int Types { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _references = CorpusCompilation.References(AiStubs.Compile());
        _floor = AnalyzerSets.Floor();
        _aiCompliance = AnalyzerSets.AiCompliance();
        _meziantou = AnalyzerSets.Meziantou();
        lock (Corpora)
        {
            // The four benchmarks of a size share one corpus (they run in this process, one after the other), checked once.
            if (!Corpora.TryGetValue(Types, out var corpus))
            {
                corpus = CorpusGenerator.CorpusGenerator.Generate(Types);
                _corpus = corpus;
                CorpusCompilation.EnsureNoErrors(Fresh());
                Corpora[Types] = corpus;
            }

            _corpus = corpus;
        }

        Console.WriteLine($"// Corpus: {_corpus}; AiCompliance: {_aiCompliance.Length} analyzers; Meziantou: {_meziantou.Length} analyzers");
    }

    /// <summary>(a) Parse and bind: every compiler diagnostic of a fresh compilation.</summary>
    [Benchmark(Baseline = true, Description = "a: compiler")]
    public int Compiler() => CpuTime.Measure(nameof(Compiler), Types, () => Fresh().GetDiagnostics().Length);

    /// <summary>(b) The compiler plus an analyzer that registers our kinds of actions and does nothing.</summary>
    [Benchmark(Description = "b: + floor analyzer")]
    public int Floor() => CpuTime.Measure(nameof(Floor), Types, () => Analyze(_floor));

    /// <summary>(c) The compiler plus every AiCompliance analyzer and the suppressor.</summary>
    [Benchmark(Description = "c: + AiCompliance")]
    public int AiCompliance() => CpuTime.Measure(nameof(AiCompliance), Types, () => Analyze(_aiCompliance));

    /// <summary>(d) The compiler plus Meziantou.Analyzer, for comparison.</summary>
    [Benchmark(Description = "d: + Meziantou.Analyzer")]
    public int Meziantou() => CpuTime.Measure(nameof(Meziantou), Types, () => Analyze(_meziantou));

    private CSharpCompilation Fresh() => CorpusCompilation.Create(CorpusCompilation.Parse(_corpus), _references);

    private int Analyze(ImmutableArray<DiagnosticAnalyzer> analyzers) =>
        Fresh().WithAnalyzers(analyzers, AnalyzerSets.Options()).GetAllDiagnosticsAsync().GetAwaiter().GetResult().Length;
}
