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

    /// <summary>
    /// The files of ASP.NET Core's reference assemblies in the SDK that runs the code
    /// (<c>packs/Microsoft.AspNetCore.App.Ref/10.x</c> beside the running runtime), so that code compiles as in a web
    /// project; throws with what to install when the pack is missing (a runtime without the SDK).
    /// </summary>
    public static IEnumerable<string> AspNetCoreFiles()
    {
        var folder = FindTargetingPack("Microsoft.AspNetCore.App.Ref");
        return folder is null
            ? throw new InvalidOperationException($"ASP.NET Core's reference assemblies are needed: no {Path.Combine(DotnetRoot, "packs", "Microsoft.AspNetCore.App.Ref")}{Path.DirectorySeparatorChar}{Environment.Version.Major}.x{Path.DirectorySeparatorChar}ref beside the running .NET (install the .NET SDK, not only the runtime).")
            : Directory.EnumerateFiles(folder, "*.dll").Order(StringComparer.Ordinal);
    }

    private static ImmutableArray<MetadataReference> LoadFramework()
    {
        var directory = FindTargetingPack("Microsoft.NETCore.App.Ref");
        IEnumerable<string> files = directory is not null
            ? Directory.EnumerateFiles(directory, "*.dll")
            : ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return files.OrderBy(f => f, StringComparer.Ordinal).Select(f => (MetadataReference)MetadataReference.CreateFromFile(f)).ToImmutableArray();
    }

    private static string DotnetRoot => Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));

    /// <summary>The ref folder of the newest <paramref name="pack"/> of the running runtime's major version, or null.</summary>
    private static string? FindTargetingPack(string pack)
    {
        var packs = Path.Combine(DotnetRoot, "packs", pack);
        if (!Directory.Exists(packs))
        {
            return null;
        }

        var major = Environment.Version.Major;
        return Directory.EnumerateDirectories(packs)
            .Select(d => (Path: d, Version: Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) ? v : null))
            .Where(d => d.Version is not null && d.Version.Major == major)
            .OrderByDescending(d => d.Version)
            .Select(d => Path.Combine(d.Path, "ref", $"net{major}.0"))
            .FirstOrDefault(Directory.Exists);
    }
}
