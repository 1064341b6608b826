using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace AiCompliance.EndToEnd.Tests;

/// <summary>A diagnostic as `dotnet build` prints it: file(line,col): severity ID: message [project].</summary>
public sealed record BuildDiagnostic(string File, int Line, int Column, string Severity, string Id, string Message)
{
    private static readonly Regex Pattern = new(
        @"^(?<file>[^\s(][^(]*)\((?<line>\d+),(?<col>\d+)\): (?<severity>warning|error|info) (?<id>[A-Z]+\d+): (?<message>.*?)(?: \(https?://[^)]*\))?(?: \[[^\]]*\])?$",
        RegexOptions.Multiline | RegexOptions.CultureInvariant);

    /// <summary>The distinct diagnostics in build output, with a prefix filter on the ID (for example "AIC").</summary>
    public static IReadOnlyList<BuildDiagnostic> Parse(string output, string idPrefix) =>
        Pattern.Matches(output.Replace("\r", "", StringComparison.Ordinal))
            .Select(m => new BuildDiagnostic(
                Path.GetFileName(m.Groups["file"].Value.Trim()),
                int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(m.Groups["col"].Value, System.Globalization.CultureInfo.InvariantCulture),
                m.Groups["severity"].Value,
                m.Groups["id"].Value,
                m.Groups["message"].Value))
            .Where(d => d.Id.StartsWith(idPrefix, StringComparison.Ordinal))
            .Distinct()
            .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();

    public override string ToString() => $"{File}({Line},{Column}): {Severity} {Id}";
}
