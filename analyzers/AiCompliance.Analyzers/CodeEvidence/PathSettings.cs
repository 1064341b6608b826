using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.CodeEvidence;

/// <summary>
/// How a source file's path is written into the assembly: relative to the project directory (the package's targets
/// hand <c>MSBuildProjectDirectory</c> to the compiler), else as the build's <c>PathMap</c> maps it, else by its file
/// name alone. The machine's absolute path is never written: it would differ between machines and break deterministic
/// builds.
/// </summary>
internal sealed class PathSettings : IEquatable<PathSettings>
{
    private static readonly char[] PairSeparator = { ',' };

    private readonly string _projectDirectory;
    private readonly string _pathMap;
    private readonly List<KeyValuePair<string, string>> _mappings;

    public PathSettings(string? projectDirectory, string? pathMap)
    {
        _projectDirectory = Normalize(projectDirectory ?? "").TrimEnd('/');
        _pathMap = pathMap ?? "";
        _mappings = ParsePathMap(_pathMap);
    }

    public static PathSettings From(AnalyzerConfigOptions options)
    {
        options.TryGetValue("build_property.MSBuildProjectDirectory", out var projectDirectory);
        options.TryGetValue("build_property.PathMap", out var pathMap);
        return new PathSettings(projectDirectory, pathMap);
    }

    /// <summary>The path to write for <paramref name="path"/>, '/'-separated.</summary>
    public string Relative(string path)
    {
        var normalized = Normalize(path);
        // A '..' segment climbs out of the folder it seems to be under: such a path is not inside the project.
        var climbs = normalized.StartsWith("../", StringComparison.Ordinal) || normalized.Contains("/../");
        if (!climbs && _projectDirectory.Length > 0 && StartsWithFolder(normalized, _projectDirectory))
        {
            return normalized.Substring(_projectDirectory.Length + 1);
        }

        foreach (var mapping in _mappings)
        {
            if (!climbs && StartsWithFolder(normalized, mapping.Key))
            {
                return mapping.Value + normalized.Substring(mapping.Key.Length + 1);
            }
        }

        var slash = normalized.LastIndexOf('/');
        return slash < 0 ? normalized : normalized.Substring(slash + 1);
    }

    public bool Equals(PathSettings? other) =>
        other is not null && string.Equals(_projectDirectory, other._projectDirectory, StringComparison.Ordinal) && string.Equals(_pathMap, other._pathMap, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is PathSettings other && Equals(other);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_projectDirectory) ^ StringComparer.Ordinal.GetHashCode(_pathMap);

    private static string Normalize(string path) => path.Trim().Replace('\\', '/');

    /// <summary>Windows paths (a drive letter) compare ignoring case, as the file system does.</summary>
    private static bool StartsWithFolder(string path, string folder)
    {
        var comparison = folder.Length > 1 && folder[1] == ':' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return folder.Length > 0 && path.Length > folder.Length + 1 && path[folder.Length] == '/' && path.StartsWith(folder, comparison);
    }

    /// <summary>
    /// The compiler's <c>-pathmap:from=to,from2=to2</c>. The target keeps its own trailing separator (<c>/_/</c>), so the
    /// mapped path reads as the compiler writes it into the PDB.
    /// </summary>
    private static List<KeyValuePair<string, string>> ParsePathMap(string pathMap)
    {
        var mappings = new List<KeyValuePair<string, string>>();
        foreach (var pair in pathMap.Split(PairSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            if (equals <= 0)
            {
                continue;
            }

            var from = Normalize(pair.Substring(0, equals)).TrimEnd('/');
            var to = Normalize(pair.Substring(equals + 1));
            if (from.Length > 0)
            {
                mappings.Add(new KeyValuePair<string, string>(from, to.EndsWith("/", StringComparison.Ordinal) || to.Length == 0 ? to : to + "/"));
            }
        }

        // The longest source first, as a more specific mapping should win.
        mappings.Sort((a, b) => b.Key.Length.CompareTo(a.Key.Length));
        return mappings;
    }
}
