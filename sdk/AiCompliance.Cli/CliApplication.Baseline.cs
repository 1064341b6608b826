using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using AiCompliance.Policy.Acceptances;
using AiCompliance.Policy.Baseline;
using AiCompliance.Policy.Rules;

namespace AiCompliance.Cli;

/// <summary>
/// <c>baseline</c>: records the findings of a build as the checked-in baseline. It reads the compiler's SARIF log
/// (<c>-p:ErrorLog=build.sarif%2Cversion=2.1</c>, or <c>-p:AiComplianceWriteBaseline=true</c>, which sets it up): only the
/// analyzers know the source-only findings (AIC001), and the log is how a build hands its diagnostics over.
/// </summary>
internal sealed partial class CliApplication
{
    private Command BaselineCommand()
    {
        var logs = new Argument<string[]>("build.sarif") { Description = "The compiler's SARIF 2.1 log(s) of the build", Arity = ArgumentArity.OneOrMore };
        var output = CliOptions.PathOption("--out", "-o", "FILE", "The baseline to write (default: aicompliance.baseline.json in the current folder); file paths are recorded relative to its folder");
        var failOnStale = new Option<bool>("--fail-on-stale") { Description = "Write nothing: list the entries of the existing baseline (--out) that no finding of the log matches any more, and exit 1 when there is one, so the baseline shrinks as gaps are fixed" };
        var command = new Command("baseline", "Record the findings of a build's SARIF log as known gaps, so the build reports only new ones")
        {
            logs, output, failOnStale,
        };
        Positionals(command, (_, extra) => $"baseline: unexpected argument '{extra}'.", $"baseline: no SARIF log given. Usage: {Tool} baseline <build.sarif>... [--out aicompliance.baseline.json] [--fail-on-stale]");
        command.SetAction(parsed => WriteBaseline(parsed.GetValue(logs)!, parsed.GetValue(output) ?? BaselineFile.DefaultFileName, parsed.GetValue(failOnStale)));
        return command;
    }

    private int WriteBaseline(IReadOnlyList<string> logs, string output, bool failOnStale)
    {
        var guard = new OutputGuard("baseline");
        foreach (var log in logs)
        {
            guard.Input(log, "the SARIF log to read");
        }

        if (!failOnStale && guard.RefuseFile("--out", output) is { } refusal)
        {
            return Usage(refusal);
        }

        var baseDirectory = Path.GetDirectoryName(Path.GetFullPath(output))!;
        var entries = new List<BaselineEntry>();
        foreach (var log in logs)
        {
            if (!File.Exists(log))
            {
                return InputError($"{log}: no such file.");
            }

            try
            {
                using var document = JsonDocument.Parse(File.ReadAllBytes(log));
                CollectFindings(document.RootElement, baseDirectory, entries);
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or IOException or UnauthorizedAccessException or FormatException)
            {
                return InputError($"{log}: not a SARIF log this command can read: {OneLine(e.Message)}");
            }
        }

        var baseline = new BaselineFile(entries);
        if (failOnStale)
        {
            if (!TryReadBaseline(output, out var existing, out var exit))
            {
                return exit;
            }

            var stale = StaleEntries(existing!, baseline);
            if (stale.Count == 0)
            {
                _out.WriteLine($"{Tool}: every entry of {Path.GetFullPath(output)} matches a finding of the log.");
                return ExitCodes.Success;
            }

            WriteStaleEntries($"{Path.GetFullPath(output)} has {Entries(stale.Count)} that no finding of the log matches; record the baseline again to drop them", stale);
            return ExitCodes.Findings;
        }

        // The entries a rewrite drops are worth a line each: they are the gaps fixed since the last recording.
        var dropped = File.Exists(output) && BaselineFile.Parse(SafeReadAllText(output), out _) is { } previous
            ? StaleEntries(previous, baseline)
            : Array.Empty<BaselineEntry>();
        if (!AtomicFile.TryWrite(output, new UTF8Encoding(false).GetBytes(baseline.Write()), out var error))
        {
            return InputError(error!);
        }

        var findings = baseline.Entries.Sum(e => e.Count);
        _out.WriteLine($"{Tool}: recorded {findings} finding(s) as {baseline.Entries.Count} baseline entr{(baseline.Entries.Count == 1 ? "y" : "ies")} in {Path.GetFullPath(output)}");
        if (dropped.Count > 0)
        {
            WriteStaleEntries($"dropped {Entries(dropped.Count)} that no finding matches any more", dropped);
        }

        return ExitCodes.Success;
    }

    private static string Entries(int count) => count == 1 ? "1 stale entry" : $"{count} stale entries";

    private static string SafeReadAllText(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    /// <summary>
    /// The part of <paramref name="baseline"/> that no finding of <paramref name="recorded"/> matches: an entry whose key
    /// is gone, or the surplus of its count (two recorded, one left: one stale), keyed exactly as the suppressor keys.
    /// </summary>
    internal static IReadOnlyList<BaselineEntry> StaleEntries(BaselineFile baseline, BaselineFile recorded)
    {
        var found = recorded.Entries.ToDictionary(e => e.Key, e => e.Count, StringComparer.Ordinal);
        var stale = new List<BaselineEntry>();
        foreach (var entry in baseline.Entries)
        {
            var surplus = entry.Count - (found.TryGetValue(entry.Key, out var count) ? count : 0);
            if (surplus > 0)
            {
                stale.Add(new BaselineEntry(entry.Rule, entry.File, entry.Symbol, surplus));
            }
        }

        return stale;
    }

    private void WriteStaleEntries(string summary, IReadOnlyList<BaselineEntry> stale)
    {
        _out.WriteLine($"{Tool}: {summary}:");
        foreach (var entry in stale)
        {
            var count = entry.Count == 1 ? "" : $" (x{entry.Count})";
            _out.WriteLine($"  {entry.Rule}  {Printable(entry.File)}  {Printable(entry.Symbol)}{count}");
        }
    }

    private static void CollectFindings(JsonElement root, string baseDirectory, List<BaselineEntry> entries)
    {
        var baselinable = new HashSet<string>(RuleCatalog.Descriptors.Select(d => d.Id), StringComparer.Ordinal);
        baselinable.ExceptWith(RiskAcceptances.NeverAcceptable);
        var sources = new Dictionary<string, string[]?>(StringComparer.Ordinal);
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("runs", out var runs) || runs.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("it has no 'runs' array.");
        }

        foreach (var run in runs.EnumerateArray())
        {
            if (!run.TryGetProperty("results", out var results))
            {
                continue;
            }

            foreach (var result in results.EnumerateArray())
            {
                if (!result.TryGetProperty("ruleId", out var ruleId) || ruleId.GetString() is not { } rule || !baselinable.Contains(rule) ||
                    !IsUnsuppressedOrBaselined(result) || Locate(result) is not { } location)
                {
                    continue;
                }

                if (!sources.TryGetValue(location.Path, out var lines))
                {
                    sources[location.Path] = lines = File.Exists(location.Path) ? SplitLines(File.ReadAllText(location.Path)) : null;
                }

                if (lines is not null)
                {
                    entries.Add(new BaselineEntry(rule, BaselinePaths.Relative(baseDirectory, location.Path), TextAt(lines, location)));
                }
            }
        }
    }

    /// <summary>A finding to record: not suppressed, or suppressed only by the baseline (a pragma or a risk acceptance is a decision of its own).</summary>
    private static bool IsUnsuppressedOrBaselined(JsonElement result)
    {
        if (!result.TryGetProperty("suppressions", out var suppressions) || suppressions.GetArrayLength() == 0)
        {
            return true;
        }

        return suppressions.EnumerateArray().All(s =>
            s.TryGetProperty("justification", out var justification) && justification.GetString() == BaselineFile.SuppressionJustification);
    }

    private sealed record SourceRegion(string Path, int StartLine, int StartColumn, int EndLine, int EndColumn);

    private static SourceRegion? Locate(JsonElement result)
    {
        if (!result.TryGetProperty("locations", out var locations) || locations.GetArrayLength() == 0 ||
            !locations[0].TryGetProperty("physicalLocation", out var physical) ||
            !physical.TryGetProperty("artifactLocation", out var artifact) || !artifact.TryGetProperty("uri", out var uriElement) ||
            !physical.TryGetProperty("region", out var region) ||
            !Uri.TryCreate(uriElement.GetString(), UriKind.Absolute, out var uri) || !uri.IsFile)
        {
            return null;
        }

        int Read(string name, int fallback) => region.TryGetProperty(name, out var value) && value.TryGetInt32(out var number) ? number : fallback;
        var startLine = Read("startLine", 0);
        var startColumn = Read("startColumn", 1);
        return startLine < 1 ? null : new SourceRegion(uri.LocalPath, startLine, startColumn, Read("endLine", startLine), Read("endColumn", startColumn));
    }

    /// <summary>Lines as the compiler counts them (every Unicode line break), so SARIF's line and column land on the same text.</summary>
    private static string[] SplitLines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', '\r', '\u0085', '\u2028', '\u2029');

    private static string TextAt(string[] lines, SourceRegion region)
    {
        var builder = new StringBuilder();
        for (var line = region.StartLine; line <= region.EndLine && line <= lines.Length; line++)
        {
            var text = lines[line - 1];
            var start = line == region.StartLine ? Math.Clamp(region.StartColumn - 1, 0, text.Length) : 0;
            var end = line == region.EndLine ? Math.Clamp(region.EndColumn - 1, start, text.Length) : text.Length;
            if (line != region.StartLine)
            {
                builder.Append('\n');
            }

            builder.Append(text, start, end - start);
        }

        return builder.ToString();
    }

    private bool TryReadBaseline(string path, out BaselineFile? baseline, out int exit)
    {
        baseline = null;
        exit = ExitCodes.Success;
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            exit = InputError($"{path}: {(File.Exists(path) ? OneLine(e.Message) : "no such file.")}");
            return false;
        }

        baseline = BaselineFile.Parse(text, out var problem);
        if (baseline is null)
        {
            exit = InputError($"{path}: the baseline {problem}.");
            return false;
        }

        return true;
    }

    /// <summary>The baseline's entries in <c>check</c>: gaps the build no longer reports stay on record.</summary>
    private void WriteKnownGaps(BaselineFile baseline, string path)
    {
        _out.WriteLine();
        _out.WriteLine($"Known gaps (baseline {Path.GetFileName(path)}, not reported by the build) ({baseline.Entries.Sum(e => e.Count)}):");
        if (baseline.Entries.Count == 0)
        {
            _out.WriteLine("  none");
            return;
        }

        foreach (var entry in baseline.Entries)
        {
            var count = entry.Count == 1 ? "" : $" (x{entry.Count})";
            _out.WriteLine($"  {entry.Rule}  {Printable(entry.File)}  {Printable(entry.Symbol)}{count}");
        }
    }

    /// <summary>A recorded string as the terminal should show it: controls and invisible characters as \uXXXX.</summary>
    private static string Printable(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c < 0x20 || c == 0x7F || (c > 0x7E && !VisibleTextPolicy(c)))
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool VisibleTextPolicy(char c) => AiCompliance.Policy.Validation.VisibleText.HasVisibleContent(c.ToString());
}
