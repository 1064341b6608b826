using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;

namespace AiCompliance.Testing;

/// <summary>
/// Metadata references for test compilations: the reference assemblies of the installed .NET targeting pack (so test
/// code sees the same API surface a user's project does), falling back to the running runtime's assemblies.
/// </summary>
public static class ReferenceAssemblies
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> Framework = new(LoadFramework);
    private static readonly Dictionary<string, MetadataReference> ByPath = new(StringComparer.Ordinal);

    /// <summary>The .NET reference assemblies.</summary>
    public static ImmutableArray<MetadataReference> Net => Framework.Value;

    /// <summary>The AiCompliance SDK (the attributes), as built with the tests.</summary>
    public static MetadataReference Sdk => FromFile(typeof(global::AiCompliance.AiModelAttribute).Assembly.Location);

    /// <summary>A reference to an assembly file, cached so large suites do not re-read metadata.</summary>
    public static MetadataReference FromFile(string path)
    {
        lock (ByPath)
        {
            if (!ByPath.TryGetValue(path, out var reference))
            {
                reference = MetadataReference.CreateFromFile(path);
                ByPath[path] = reference;
            }

            return reference;
        }
    }

    /// <summary>A reference to the assembly that defines <paramref name="type"/>.</summary>
    public static MetadataReference Of(Type type) => FromFile(type.Assembly.Location);

    private static ImmutableArray<MetadataReference> LoadFramework()
    {
        var directory = FindTargetingPack();
        IEnumerable<string> files = directory is not null
            ? Directory.EnumerateFiles(directory, "*.dll")
            : ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return files.OrderBy(f => f, StringComparer.Ordinal).Select(f => (MetadataReference)MetadataReference.CreateFromFile(f)).ToImmutableArray();
    }

    private static string? FindTargetingPack()
    {
        var runtimeDirectory = RuntimeEnvironment.GetRuntimeDirectory();
        var dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        var packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        if (!Directory.Exists(packs))
        {
            return null;
        }

        var major = Environment.Version.Major;
        var best = Directory.EnumerateDirectories(packs)
            .Select(d => (Path: d, Version: Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) ? v : null))
            .Where(d => d.Version is not null && d.Version.Major == major)
            .OrderByDescending(d => d.Version)
            .Select(d => Path.Combine(d.Path, "ref", $"net{major}.0"))
            .FirstOrDefault(Directory.Exists);
        return best;
    }
}
