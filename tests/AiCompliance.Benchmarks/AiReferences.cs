using System;
using System.Collections.Immutable;
using AiCompliance.CorpusGenerator;
using AiCompliance.Testing;
using Microsoft.CodeAnalysis;

namespace AiCompliance.Benchmarks;

/// <summary>
/// What the corpus compiles against: the generator's stub AI assemblies (the default; the mixed corpus needs them, it
/// calls OpenAI too), or with <c>AICOMPLIANCE_BENCH_AI=package</c> the real Microsoft.Extensions.AI.Abstractions that
/// the packed-package builds of <c>tests/perf/measure-build.sh compare</c> reference (service, web and noai shapes),
/// so that the two instruments can be compared on the same references.
/// </summary>
public static class AiReferences
{
    public static bool UsesPackage =>
        string.Equals(Environment.GetEnvironmentVariable("AICOMPLIANCE_BENCH_AI"), "package", StringComparison.OrdinalIgnoreCase);

    public static ImmutableArray<MetadataReference> For(CorpusShape shape)
    {
        if (!UsesPackage)
        {
            return CorpusCompilation.References(AiStubs.Compile(), shape);
        }

        if (shape == CorpusShape.Mixed)
        {
            throw new InvalidOperationException("AICOMPLIANCE_BENCH_AI=package compiles against Microsoft.Extensions.AI.Abstractions only: the mixed corpus also calls OpenAI, use the service, web or noai shape.");
        }

        var references = ReferenceAssemblies.Net.Add(ReferenceAssemblies.Sdk).Add(ReferenceAssemblies.Of(typeof(Microsoft.Extensions.AI.IChatClient)));
        return shape == CorpusShape.Web ? references.AddRange(System.Linq.Enumerable.Select(ReferenceAssemblies.AspNetCoreFiles(), ReferenceAssemblies.FromFile)) : references;
    }

    public static string Describe => UsesPackage ? "Microsoft.Extensions.AI.Abstractions " + typeof(Microsoft.Extensions.AI.IChatClient).Assembly.GetName().Version : "stub AI assemblies";
}
