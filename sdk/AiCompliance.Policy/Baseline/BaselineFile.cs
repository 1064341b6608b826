using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace AiCompliance.Policy.Baseline;

/// <summary>
/// The checked-in baseline (<c>aicompliance.baseline.json</c>): findings a team has chosen to fix later. The build does
/// not report them; the cards and <c>aicompliance check</c> list them as known gaps. Written sorted, one entry per
/// key, so that regenerating it gives a small, reviewable diff.
/// </summary>
public sealed class BaselineFile
{
    public const int SchemaVersion = 1;

    /// <summary>The conventional file name, next to the project file.</summary>
    public const string DefaultFileName = "aicompliance.baseline.json";

    /// <summary>
    /// The justification of the build's baseline suppressions. The compiler's SARIF log carries it, and
    /// 'aicompliance baseline' keeps a suppressed finding only when this is what suppressed it.
    /// </summary>
    public const string SuppressionJustification = "Known gap recorded in the AiCompliance baseline (aicompliance.baseline.json); fix it and remove its entry.";

    public BaselineFile(IEnumerable<BaselineEntry> entries)
    {
        var byKey = new Dictionary<string, BaselineEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.Rule.Length == 0 || entry.File.Length == 0)
            {
                continue;
            }

            byKey[entry.Key] = byKey.TryGetValue(entry.Key, out var existing)
                ? new BaselineEntry(entry.Rule, entry.File, entry.Symbol, existing.Count + entry.Count)
                : entry;
        }

        var sorted = new List<BaselineEntry>(byKey.Values);
        sorted.Sort(BaselineEntry.Compare);
        Entries = sorted;
    }

    public IReadOnlyList<BaselineEntry> Entries { get; }

    /// <summary>Reads a baseline; a file that cannot be used gives <see langword="null"/> and one sentence why.</summary>
    public static BaselineFile? Parse(string text, out string? problem)
    {
        object? root;
        try
        {
            root = new MiniJsonReader(text).ReadDocument();
        }
        catch (FormatException e)
        {
            problem = "is not valid JSON: " + e.Message;
            return null;
        }

        if (root is not Dictionary<string, object?> document)
        {
            problem = "must be a JSON object with 'schemaVersion' and 'entries'";
            return null;
        }

        if (!document.TryGetValue("schemaVersion", out var version) || version is not double number || number != SchemaVersion)
        {
            problem = "has no 'schemaVersion' " + SchemaVersion.ToString(CultureInfo.InvariantCulture) + " (this package reads version " + SchemaVersion.ToString(CultureInfo.InvariantCulture) + ")";
            return null;
        }

        if (!document.TryGetValue("entries", out var list) || list is not List<object?> items)
        {
            problem = "has no 'entries' array";
            return null;
        }

        var entries = new List<BaselineEntry>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not Dictionary<string, object?> item ||
                !TryString(item, "rule", out var rule) || !TryString(item, "file", out var file) || !TryString(item, "symbol", out var symbol))
            {
                problem = "entry " + (i + 1).ToString(CultureInfo.InvariantCulture) + " needs the strings 'rule', 'file' and 'symbol'";
                return null;
            }

            var count = 1;
            if (item.TryGetValue("count", out var countValue))
            {
                if (countValue is not double value || value < 1 || value > int.MaxValue || Math.Floor(value) != value)
                {
                    problem = "entry " + (i + 1).ToString(CultureInfo.InvariantCulture) + " has a 'count' that is not a positive whole number";
                    return null;
                }

                count = (int)value;
            }

            entries.Add(new BaselineEntry(rule, file, symbol, count));
        }

        problem = null;
        return new BaselineFile(entries);
    }

    private static bool TryString(Dictionary<string, object?> item, string name, out string value)
    {
        value = item.TryGetValue(name, out var raw) && raw is string text ? text : "";
        return value.Trim().Length > 0 || (name == "symbol" && raw is string);
    }

    /// <summary>The file's text: stable order, '\n' line ends, ASCII only (other characters escaped).</summary>
    public string Write()
    {
        var builder = new StringBuilder();
        builder.Append("{\n  \"schemaVersion\": ").Append(SchemaVersion.ToString(CultureInfo.InvariantCulture)).Append(",\n  \"entries\": [");
        for (var i = 0; i < Entries.Count; i++)
        {
            var entry = Entries[i];
            builder.Append(i == 0 ? "\n" : ",\n");
            builder.Append("    { \"rule\": ");
            WriteString(builder, entry.Rule);
            builder.Append(", \"file\": ");
            WriteString(builder, entry.File);
            builder.Append(", \"symbol\": ");
            WriteString(builder, entry.Symbol);
            if (entry.Count != 1)
            {
                builder.Append(", \"count\": ").Append(entry.Count.ToString(CultureInfo.InvariantCulture));
            }

            builder.Append(" }");
        }

        builder.Append(Entries.Count == 0 ? "]\n}\n" : "\n  ]\n}\n");
        return builder.ToString();
    }

    private static void WriteString(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    // Escaping everything outside printable ASCII keeps bidi controls and invisible characters visible in review.
                    if (c < 0x20 || c > 0x7E)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
