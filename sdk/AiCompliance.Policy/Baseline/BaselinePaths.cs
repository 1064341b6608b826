using System;
using System.IO;

namespace AiCompliance.Policy.Baseline;

/// <summary>How entries name files: relative to the baseline's folder, with '/', so the file reads the same on every OS.</summary>
public static class BaselinePaths
{
    public static string Relative(string baseDirectory, string path)
    {
        var root = Path.GetFullPath(baseDirectory).Replace('\\', '/').TrimEnd('/') + "/";
        var full = Path.GetFullPath(path).Replace('\\', '/');
        var comparison = Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (full.StartsWith(root, comparison))
        {
            return full.Substring(root.Length);
        }

        // Outside the baseline's folder (a linked file): climb with '..' as far as the two paths differ.
        var rootParts = root.TrimEnd('/').Split('/');
        var fullParts = full.Split('/');
        var common = 0;
        while (common < rootParts.Length && common < fullParts.Length - 1 && string.Equals(rootParts[common], fullParts[common], comparison))
        {
            common++;
        }

        if (common == 0)
        {
            return full;
        }

        var relative = "";
        for (var i = common; i < rootParts.Length; i++)
        {
            relative += "../";
        }

        return relative + string.Join("/", fullParts, common, fullParts.Length - common);
    }
}
