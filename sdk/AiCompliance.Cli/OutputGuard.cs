using System;
using System.Collections.Generic;
using System.IO;

namespace AiCompliance.Cli;

/// <summary>
/// The files a command reads, so that no output replaces one of them (<c>check a.dll --sarif a.dll</c> would otherwise
/// overwrite the assembly with its own report). Paths compare as full, normalised paths, ignoring case where the usual
/// file systems do (Windows, macOS): refusing a differently cased name on a case-sensitive volume there costs less than
/// overwriting an input.
/// </summary>
internal sealed class OutputGuard
{
    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private readonly string _command;
    private readonly List<(string FullPath, string Role)> _inputs = new();

    public OutputGuard(string command) => _command = command;

    /// <summary>Records a file the command reads; <paramref name="role"/> completes "… is <c>role</c>".</summary>
    public OutputGuard Input(string? path, string role)
    {
        if (path is not null && Full(path) is { } full)
        {
            _inputs.Add((full, role));
        }

        return this;
    }

    /// <summary>The one-line refusal when the output file <paramref name="path"/> (given as <paramref name="option"/>) is an input.</summary>
    public string? RefuseFile(string option, string? path)
    {
        if (path is null || Full(path) is not { } full)
        {
            return null;
        }

        foreach (var (input, role) in _inputs)
        {
            if (SamePath(input, full))
            {
                return $"{_command}: {option} '{path}' is {role}; choose another output file.";
            }
        }

        return null;
    }

    /// <summary>The refusal when writing <paramref name="fileNames"/> into <paramref name="folder"/> would replace an input.</summary>
    public string? RefuseFolder(string option, string folder, IEnumerable<string> fileNames)
    {
        foreach (var name in fileNames)
        {
            var full = Path.Combine(folder, name);
            foreach (var (input, role) in _inputs)
            {
                if (SamePath(input, full))
                {
                    return $"{_command}: {option} '{folder}' would replace '{input}', {role}, with a card; choose another output folder.";
                }
            }
        }

        return null;
    }

    public static bool SamePath(string first, string second) =>
        string.Equals(Path.TrimEndingDirectorySeparator(first), Path.TrimEndingDirectorySeparator(second), PathComparison);

    public static string? Full(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }
}
