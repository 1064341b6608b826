using System.IO;
using AiCompliance.Testing;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Csv;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace AiCompliance.Benchmarks;

/// <summary>
/// What every run shares: in-process (no generated project to build: the solution's warnings-as-errors and analyzers
/// would apply to it), results under tests/AiCompliance.Benchmarks/BenchmarkDotNet.Artifacts.
/// </summary>
public static class BenchmarkConfigs
{
    /// <summary>
    /// tests/AiCompliance.Benchmarks/BenchmarkDotNet.Artifacts, or AICOMPLIANCE_BENCH_ARTIFACTS (for a copy of the build
    /// output run outside the repository, so that a rebuild of the solution cannot replace its assemblies mid-run).
    /// </summary>
    public static string ArtifactsPath =>
        System.Environment.GetEnvironmentVariable("AICOMPLIANCE_BENCH_ARTIFACTS") is { Length: > 0 } path
            ? path
            : Path.Combine(RepositoryRoot.Path, "tests", "AiCompliance.Benchmarks", "BenchmarkDotNet.Artifacts");

    /// <summary>The run's configuration: the jobs come from each class's config.</summary>
    public static IConfig Run() =>
        ManualConfig.CreateEmpty()
            .AddLogger(ConsoleLogger.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddExporter(MarkdownExporter.GitHub, CsvExporter.Default)
            .WithArtifactsPath(ArtifactsPath)
            .WithOptions(ConfigOptions.JoinSummary | ConfigOptions.DisableLogFile);
}

/// <summary>
/// Operations of seconds to a minute on a 2-core machine: no pilot or overhead stages (RunStrategy.Monitoring), one
/// operation per iteration, one warm-up and three measured iterations; the medians are what docs/performance.md uses.
/// The whole run is one process (in-process toolchain), which Program warms up first (see Program.WarmUp).
/// </summary>
public sealed class MacroConfig : ManualConfig
{
    /// <summary>In process, without the toolchain's default limit of 5 minutes per case (a 20k case takes longer).</summary>
    public static readonly InProcessEmitToolchain LongRunning = new(System.TimeSpan.FromHours(3), logOutput: true);

    public MacroConfig()
    {
        AddJob(Job.Default
            .WithToolchain(LongRunning)
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithId("Macro"));
        AddColumn(StatisticColumn.Median, StatisticColumn.Min, StatisticColumn.Max);
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}

/// <summary>Model-card operations take milliseconds to a second: a short run.</summary>
public sealed class CardsConfig : ManualConfig
{
    public CardsConfig()
    {
        AddJob(Job.Default
            .WithToolchain(MacroConfig.LongRunning)
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(7)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithId("Cards"));
        AddColumn(StatisticColumn.Median);
    }
}
