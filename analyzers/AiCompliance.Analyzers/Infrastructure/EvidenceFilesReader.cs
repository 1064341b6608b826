using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using AiCompliance.Policy.Evidence;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Infrastructure;

/// <summary>
/// The build's AdditionalFiles as evidence files. Each file is read, hashed and parsed at most once per compilation,
/// however many evidence rules ask, because the wrapper is kept with the compiler's own AdditionalText.
/// </summary>
internal static class EvidenceFilesReader
{
    private static readonly ConditionalWeakTable<AdditionalText, EvidenceFile> Files = new();

    public static EvidenceFiles Read(ImmutableArray<AdditionalText> additionalFiles)
    {
        var files = new List<EvidenceFile>(additionalFiles.Length);
        foreach (var additional in additionalFiles)
        {
            files.Add(Files.GetValue(additional, text => new EvidenceFile(text.Path, () => text.GetText()?.ToString())));
        }

        return new EvidenceFiles(files);
    }
}
