using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using AiCompliance.Policy.Baseline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AiCompliance.Analyzers.Baseline;

/// <summary>
/// The baseline the build hands the analyzers: the additional file the package marks with the
/// <c>AiComplianceBaseline</c> metadata (<c>AiComplianceBaseline</c> property; default <c>aicompliance.baseline.json</c>
/// next to the project). Read through the compiler's additional files, never from disk, so the IDE and the build agree.
/// </summary>
internal sealed class AnalyzerBaseline
{
    public const string MetadataKey = "build_metadata.AdditionalFiles.AiComplianceBaseline";

    private readonly Dictionary<string, int> _countByKey;

    private AnalyzerBaseline(string directory, BaselineFile file)
    {
        Directory = directory;
        File = file;
        _countByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in file.Entries)
        {
            _countByKey[entry.Key] = entry.Count;
        }
    }

    /// <summary>The baseline file's folder: entries name files relative to it.</summary>
    public string Directory { get; }

    public BaselineFile File { get; }

    /// <summary>The baseline, or null when there is none or it cannot be used (then <paramref name="problem"/> says why).</summary>
    public static AnalyzerBaseline? Read(AnalyzerOptions options, CancellationToken cancellationToken, out string? problem)
    {
        problem = null;
        foreach (var additional in options.AdditionalFiles)
        {
            if (!options.AnalyzerConfigOptionsProvider.GetOptions(additional).TryGetValue(MetadataKey, out var marked) ||
                !string.Equals(marked.Trim(), "true", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var text = additional.GetText(cancellationToken);
            if (text is null)
            {
                problem = "The baseline '" + additional.Path + "' (AiComplianceBaseline) cannot be read; no finding is treated as known.";
                return null;
            }

            var file = BaselineFile.Parse(text.ToString(), out var parseProblem);
            if (file is null)
            {
                problem = "The baseline '" + additional.Path + "' (AiComplianceBaseline) " + parseProblem + "; no finding is treated as known. Regenerate it with 'aicompliance baseline'.";
                return null;
            }

            return new AnalyzerBaseline(Path.GetDirectoryName(additional.Path) ?? "", file);
        }

        return null;
    }

    /// <summary>How many findings of this key the baseline knows; 0 when none.</summary>
    public int CountOf(string key) => _countByKey.TryGetValue(key, out var count) ? count : 0;

    /// <summary>
    /// The key of a diagnostic, computed exactly as 'aicompliance baseline' computes it from the build's SARIF log: the
    /// rule, the (mapped, as SARIF reports it) file relative to the baseline, and the source text the diagnostic spans.
    /// </summary>
    public string? KeyOf(Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var location = diagnostic.Location;
        if (location.SourceTree is not { } tree)
        {
            return null;
        }

        var mapped = location.GetMappedLineSpan();
        var path = mapped.IsValid && !string.IsNullOrEmpty(mapped.Path) ? mapped.Path : tree.FilePath;
        var text = tree.GetText(cancellationToken);
        var span = location.SourceSpan;
        var symbol = span.End <= text.Length ? text.ToString(span) : "";
        return new BaselineEntry(diagnostic.Id, RelativePath(path), symbol).Key;
    }

    private string RelativePath(string path)
    {
        if (Directory.Length == 0 || !Path.IsPathRooted(path))
        {
            return path;
        }

        return BaselinePaths.Relative(Directory, path);
    }
}
