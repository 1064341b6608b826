using System;
using System.Text;

namespace AiCompliance.Policy.Baseline;

/// <summary>
/// One known finding recorded in a baseline. Its key never holds a line number, so an entry survives edits that move
/// code: the rule, the file relative to the baseline file's folder (with '/' separators), and the symbol, the source
/// text the finding points at with its whitespace collapsed (for AIC001, the type's name).
/// </summary>
public sealed class BaselineEntry
{
    /// <summary>Longest symbol kept: a finding on a long attribute argument keys on its start.</summary>
    public const int MaxSymbolLength = 200;

    public BaselineEntry(string rule, string file, string symbol, int count = 1)
    {
        Rule = rule.Trim();
        File = NormalizeFile(file);
        Symbol = NormalizeSymbol(symbol);
        Count = count < 1 ? 1 : count;
    }

    public string Rule { get; }

    public string File { get; }

    public string Symbol { get; }

    /// <summary>How many findings share this key (the same text flagged twice in one file).</summary>
    public int Count { get; }

    /// <summary>The key the build and the command compare, case-sensitive as the code it names.</summary>
    public string Key => Rule + "|" + File + "|" + Symbol;

    public static string NormalizeFile(string file)
    {
        var normalized = file.Trim().Replace('\\', '/');
        while (normalized.StartsWith("./", StringComparison.Ordinal))
        {
            normalized = normalized.Substring(2);
        }

        return normalized;
    }

    /// <summary>Whitespace (line breaks included) collapsed to one space, so reformatting keeps the key.</summary>
    public static string NormalizeSymbol(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxSymbolLength));
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
            if (builder.Length >= MaxSymbolLength)
            {
                break;
            }
        }

        return builder.ToString();
    }

    /// <summary>The file's order: by file, then symbol, then rule, ordinally, so the order never depends on culture.</summary>
    public static int Compare(BaselineEntry entry, BaselineEntry other)
    {
        var byFile = string.CompareOrdinal(entry.File, other.File);
        if (byFile != 0)
        {
            return byFile;
        }

        var bySymbol = string.CompareOrdinal(entry.Symbol, other.Symbol);
        return bySymbol != 0 ? bySymbol : string.CompareOrdinal(entry.Rule, other.Rule);
    }

    public override string ToString() => Key;
}
