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
/// The cost of the analyzers on a generated corpus of <see cref="Types"/> types of a <see cref="Shape"/>. Every
/// operation starts from source text: it parses, creates a fresh compilation (nothing bound is shared between
/// operations) and asks for every diagnostic, with (a) no analyzer, (b) the .NET SDK's default analyzers, (c) b + the
/// AiCompliance analyzers and suppressor, (d) b + Meziantou.Analyzer; what a user pays for AiCompliance is (c−b)/b
/// (issue 18). The floor analyzer (the actions AIC001 used to register, doing nothing) is an internal comparison.
/// The analyzer variants run through CompilationWithAnalyzers with the compiler's settings.
/// </summary>
[Config(typeof(MacroConfig))]
public class AnalyzerBenchmarks
{
    private static readonly Dictionary<(int, CorpusShape), Corpus> Corpora = [];

    private Corpus _corpus = null!;
    private ImmutableArray<MetadataReference> _references;
    private ImmutableArray<DiagnosticAnalyzer> _floor;
    private ImmutableArray<DiagnosticAnalyzer> _aiCompliance;
    private ImmutableArray<DiagnosticAnalyzer> _meziantou;
    private ImmutableArray<DiagnosticAnalyzer> _sdk;
    private ImmutableDictionary<string, ReportDiagnostic> _sdkSeverities = ImmutableDictionary<string, ReportDiagnostic>.Empty;

    /// <summary>The corpus sizes: 1k, 5k and 20k types, or AICOMPLIANCE_BENCH_TYPES (comma-separated) for a quick run.</summary>
    public static IEnumerable<int> Sizes =>
        Environment.GetEnvironmentVariable("AICOMPLIANCE_BENCH_TYPES") is { Length: > 0 } sizes
            ? sizes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture))
            : [1000, 5000, 20000];

    [ParamsSource(nameof(Sizes))]
    public int Types { get; set; }

    /// <summary>Issue 18's service project and the same without AI, or AICOMPLIANCE_BENCH_SHAPES (mixed, service, noai, web).</summary>
    public static IEnumerable<CorpusShape> Shapes =>
        Environment.GetEnvironmentVariable("AICOMPLIANCE_BENCH_SHAPES") is { Length: > 0 } shapes
            ? shapes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => Enum.Parse<CorpusShape>(s, ignoreCase: true))
            : [CorpusShape.Service, CorpusShape.NoAi];

    [ParamsSource(nameof(Shapes))]
    public CorpusShape Shape { get; set; } = CorpusShape.Service;

    private string Key(string method) => method + "/" + Shape;

    [GlobalSetup]
    public void Setup()
    {
        _references = AiReferences.For(Shape);
        _floor = AnalyzerSets.Floor();
        _aiCompliance = AnalyzerSets.AiCompliance();
        _meziantou = AnalyzerSets.Meziantou();
        _sdk = AnalyzerSets.SdkDefault();
        _sdkSeverities = AnalyzerSets.SdkDefaultSeverities();
        lock (Corpora)
        {
            // The benchmarks of a size and shape share one corpus (they run in this process, one after the other), checked once.
            if (!Corpora.TryGetValue((Types, Shape), out var corpus))
            {
                corpus = CorpusGenerator.CorpusGenerator.Generate(Types, CorpusGenerator.CorpusGenerator.DefaultSeed, Shape);
                _corpus = corpus;
                CorpusCompilation.EnsureNoErrors(Fresh());
                Corpora[(Types, Shape)] = corpus;
            }

            _corpus = corpus;
        }

        Console.WriteLine($"// Corpus: {_corpus}; references: {AiReferences.Describe}; SDK: {_sdk.Length} analyzers; AiCompliance: {_aiCompliance.Length} analyzers; Meziantou: {_meziantou.Length} analyzers");
    }

    /// <summary>(a) Parse and bind: every compiler diagnostic of a fresh compilation.</summary>
    [Benchmark(Baseline = true, Description = "a: compiler")]
    public int Compiler() => CpuTime.Measure(Key(nameof(Compiler)), Types, () => Fresh().GetDiagnostics().Length);

    /// <summary>(b) The compiler plus the .NET SDK's default analyzers.</summary>
    [Benchmark(Description = "b: + SDK analyzers")]
    public int Sdk() => CpuTime.Measure(Key(nameof(Sdk)), Types, () => Analyze(_sdk));

    /// <summary>(c) b plus every AiCompliance analyzer and the suppressor.</summary>
    [Benchmark(Description = "c: b + AiCompliance")]
    public int AiCompliance() => CpuTime.Measure(Key(nameof(AiCompliance)), Types, () => Analyze(_sdk.AddRange(_aiCompliance)));

    /// <summary>(d) b plus Meziantou.Analyzer, for comparison.</summary>
    [Benchmark(Description = "d: b + Meziantou.Analyzer")]
    public int Meziantou() => CpuTime.Measure(Key(nameof(Meziantou)), Types, () => Analyze(_sdk.AddRange(_meziantou)));

    /// <summary>Internal: the compiler plus an analyzer that registers the actions AIC001 used to register and does nothing.</summary>
    [Benchmark(Description = "floor analyzer (internal)")]
    public int Floor() => CpuTime.Measure(Key(nameof(Floor)), Types, () => Analyze(_floor));

    private CSharpCompilation Fresh() => CorpusCompilation.Create(CorpusCompilation.Parse(_corpus), _references);

    private int Analyze(ImmutableArray<DiagnosticAnalyzer> analyzers) => AnalyzerSets.AllDiagnostics(Fresh(), analyzers, _sdkSeverities);
}
