using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace AiCompliance.Cli;

/// <summary>
/// A plain-text table whose columns line up in a terminal: each column is as wide as its widest cell, measured in
/// terminal columns (an East Asian wide or fullwidth character takes two, as terminals draw it); the last column is not
/// padded.
/// </summary>
internal static class TextTable
{
    public static void Write(TextWriter output, string indent, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var widths = new int[headers.Count];
        for (var i = 0; i < headers.Count - 1; i++)
        {
            widths[i] = rows.Select(r => Width(r[i])).Append(Width(headers[i])).Max();
        }

        Row(output, indent, headers, widths);
        foreach (var row in rows)
        {
            Row(output, indent, row, widths);
        }
    }

    /// <summary>How many terminal columns <paramref name="text"/> takes.</summary>
    public static int Width(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += IsWide(rune.Value) ? 2 : 1;
        }

        return width;
    }

    // The East Asian Wide (W) and Fullwidth (F) blocks of Unicode's EastAsianWidth.txt, and the emoji blocks terminals
    // draw two columns wide; the rare wide characters outside these blocks are counted as one.
    private static bool IsWide(int c) =>
        c is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0x303E) or (>= 0x3041 and <= 0x33FF) or (>= 0x3400 and <= 0x4DBF)
            or (>= 0x4E00 and <= 0x9FFF) or (>= 0xA000 and <= 0xA4CF) or (>= 0xA960 and <= 0xA97F) or (>= 0xAC00 and <= 0xD7A3)
            or (>= 0xF900 and <= 0xFAFF) or (>= 0xFE10 and <= 0xFE19) or (>= 0xFE30 and <= 0xFE6F) or (>= 0xFF00 and <= 0xFF60)
            or (>= 0xFFE0 and <= 0xFFE6) or (>= 0x1F300 and <= 0x1F64F) or (>= 0x1F680 and <= 0x1F6FF) or (>= 0x1F900 and <= 0x1F9FF) or (>= 0x1FA70 and <= 0x1FAFF) or (>= 0x20000 and <= 0x3FFFD);

    private static void Row(TextWriter output, string indent, IReadOnlyList<string> cells, int[] widths)
    {
        var line = new StringBuilder(indent);
        for (var i = 0; i < cells.Count; i++)
        {
            line.Append(cells[i]);
            if (i < cells.Count - 1)
            {
                line.Append(' ', widths[i] - Width(cells[i]) + 2);
            }
        }

        output.WriteLine(line.ToString().TrimEnd());
    }
}
