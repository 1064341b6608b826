using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace AiCompliance.Analyzers.Tests;

/// <summary>
/// The metadata references every test project gets. The framework is told to resolve no reference pack, so no test
/// downloads one; the .NET 10 reference assemblies are added as references instead.
/// </summary>
internal static class TestReferences
{
    public static readonly Microsoft.CodeAnalysis.Testing.ReferenceAssemblies Framework = new("net10.0");

#if ROSLYN_4_8
    // Basic.Reference.Assemblies needs Roslyn 4.11 or later: on the Roslyn floor, the installed .NET 10 targeting pack.
    public static ImmutableArray<MetadataReference> Net => AiCompliance.Testing.ReferenceAssemblies.Net;
#else
    public static ImmutableArray<MetadataReference> Net { get; } = [.. Basic.Reference.Assemblies.Net100.References.All];
#endif

    /// <summary>The AiCompliance SDK (the attributes), as built with the tests.</summary>
    public static MetadataReference Sdk => AiCompliance.Testing.ReferenceAssemblies.Of(typeof(global::AiCompliance.AiModelAttribute));
}
