using System;
using System.Collections.Generic;
using System.Threading;

namespace AiCompliance.Policy.Evidence;

/// <summary>One result file the build can read: its path and, read on first use, its text, hash and results.</summary>
public sealed class EvidenceFile
{
    private readonly Func<string?> _readText;
    private string? _text;
    private string? _sha256;
    private EvidenceDocument? _document;

    public EvidenceFile(string path, Func<string?> readText)
    {
        Path = path;
        _readText = readText;
    }

    /// <summary>The path the build knows the file by (an <c>AdditionalFiles</c> item's full path).</summary>
    public string Path { get; }

    /// <summary>The file's text; empty when it cannot be read.</summary>
    public string Text => LazyInitializer.EnsureInitialized(ref _text, () => _readText() ?? "")!;

    public string Sha256 => LazyInitializer.EnsureInitialized(ref _sha256, () => EvidenceHash.Of(Text))!;

    public EvidenceDocument Document => LazyInitializer.EnsureInitialized(ref _document, () => EvidenceDocument.Parse(Text))!;
}

/// <summary>
/// The result files a build was given (its <c>AdditionalFiles</c>), found by the relative path a declaration names. A
/// declared path matches a file whose full path ends with it at a folder boundary, so <c>eval/results.json</c> finds
/// <c>/src/app/eval/results.json</c>; when several do, the shortest path (the one nearest the project) wins.
/// </summary>
public sealed class EvidenceFiles
{
    private readonly IReadOnlyList<EvidenceFile> _files;

    public EvidenceFiles(IReadOnlyList<EvidenceFile> files) => _files = files;

    public EvidenceFile? Find(string declaredPath)
    {
        var wanted = Normalise(declaredPath);
        while (wanted.StartsWith("./", StringComparison.Ordinal))
        {
            wanted = wanted.Substring(2);
        }

        if (wanted.Length == 0)
        {
            return null;
        }

        EvidenceFile? best = null;
        foreach (var file in _files)
        {
            var path = Normalise(file.Path);
            var matches = string.Equals(path, wanted, StringComparison.OrdinalIgnoreCase) ||
                (path.EndsWith(wanted, StringComparison.OrdinalIgnoreCase) && path[path.Length - wanted.Length - 1] == '/');
            if (matches && (best is null || file.Path.Length < best.Path.Length))
            {
                best = file;
            }
        }

        return best;
    }

    private static string Normalise(string path) => path.Trim().Replace('\\', '/');
}
