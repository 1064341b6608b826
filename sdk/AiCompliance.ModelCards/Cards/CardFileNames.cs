using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace AiCompliance.ModelCards.Cards;

/// <summary>
/// File names from model ids. An id is user text: it may hold path separators, "..", reserved device names or characters
/// no file system accepts, so only a conservative set of characters is kept, and names stay unique in one assembly
/// whatever the ids are (case-insensitively, for Windows and macOS).
/// </summary>
internal sealed class CardFileNames
{
    private const int MaxLength = 100;

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Reserves a name for the CycloneDX file (AssemblyName.cdx), so no card takes it.</summary>
    public void Reserve(string name) => _used.Add(name);

    /// <summary>A safe, unique name for <paramref name="id"/>; the first model with an id keeps it when it is already safe.</summary>
    public string Allocate(string id)
    {
        var baseName = WithoutFormatInfix(Sanitize(id));
        var name = baseName;
        for (var suffix = 2; !_used.Add(name); suffix++)
        {
            name = baseName + "-" + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return name;
    }

    /// <summary>
    /// The first parts of the formats' two-part extensions (".annex-iv" of ".annex-iv.md"): a stem ending with one
    /// ("x.annex-iv") would take the name of another model's file ("x.annex-iv.md" of model "x"), so its dot becomes '-'.
    /// </summary>
    private static readonly string[] FormatInfixes = Formats.CardFormats.All.OfType<Formats.IModelCardFormat>()
        .Select(f => f.Extension)
        .Where(e => e.IndexOf('.', 1) > 0)
        .Select(e => e.Substring(0, e.IndexOf('.', 1)))
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .ToArray();

    private static string WithoutFormatInfix(string stem)
    {
        foreach (var infix in FormatInfixes)
        {
            if (stem.Length > infix.Length && stem.EndsWith(infix, StringComparison.OrdinalIgnoreCase))
            {
                return stem.Substring(0, stem.Length - infix.Length) + "-" + stem.Substring(stem.Length - infix.Length + 1);
            }
        }

        return stem;
    }

    public static string Sanitize(string id)
    {
        var text = new StringBuilder(Math.Min(id.Length, MaxLength));
        foreach (var c in id)
        {
            if (text.Length == MaxLength)
            {
                break;
            }

            var safe = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' or '.';
            text.Append(safe ? c : '-');
        }

        // No hidden files, no "." or "..", no trailing dots (Windows drops them), no leading '-' (read as an option).
        var result = text.ToString().Trim('.', '-');
        if (result.Length == 0)
        {
            result = "model";
        }

        var stem = result.IndexOf('.') is var dot and >= 0 ? result.Substring(0, dot) : result;
        return Reserved.Contains(stem) ? "_" + result : result;
    }
}
