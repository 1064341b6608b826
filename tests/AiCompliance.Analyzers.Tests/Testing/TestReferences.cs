using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace AiCompliance.Analyzers.Tests;

/// <summary>The metadata references every test project gets.</summary>
internal static class TestReferences
{
#if ROSLYN_4_8
    // Basic.Reference.Assemblies needs Roslyn 4.11 or later; on the Roslyn floor the framework resolves the same
    // .NET 10 reference pack from the package feed (once per machine, into its package cache).
    public static readonly Microsoft.CodeAnalysis.Testing.ReferenceAssemblies Framework = new(
        "net10.0", new Microsoft.CodeAnalysis.Testing.PackageIdentity("Microsoft.NETCore.App.Ref", "10.0.0"), System.IO.Path.Combine("ref", "net10.0"));

    public static ImmutableArray<MetadataReference> Net => ImmutableArray<MetadataReference>.Empty;
#else
    // The framework resolves nothing; the references come from Basic.Reference.Assemblies, so no test downloads a pack.
    public static readonly Microsoft.CodeAnalysis.Testing.ReferenceAssemblies Framework = new("net10.0");

    public static ImmutableArray<MetadataReference> Net { get; } = [.. Basic.Reference.Assemblies.Net100.References.All];
#endif

    /// <summary>The AiCompliance SDK (the attributes), as built with the tests.</summary>
    public static MetadataReference Sdk => AiCompliance.Testing.ReferenceAssemblies.Of(typeof(global::AiCompliance.AiModelAttribute));
}
