using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace AiCompliance.Policy.Validation;

/// <summary>
/// ISO 3166-1 alpha-2 country codes, as <c>[DataResidency]</c>, <c>[DataTransfer]</c> and <c>[ComputeFootprint]</c>
/// take them. The list is in RegionCode.Data.cs (generated; see regenerate_data.py).
/// </summary>
public static partial class RegionCode
{
    /// <summary>The officially assigned codes, in alphabetical order.</summary>
    public static IReadOnlyList<string> Codes => Table.Codes;

    /// <summary>
    /// True when <paramref name="code"/> is one of the 249 officially assigned ISO 3166-1 alpha-2 codes, written in
    /// uppercase exactly (<c>SG</c>, <c>VN</c>, <c>JP</c>). Everything else is false: lowercase, surrounding whitespace,
    /// alpha-3 and numeric codes, reserved codes (<c>UK</c>, <c>EU</c>, <c>EZ</c>, <c>UN</c>…), user-assigned codes
    /// (<c>XK</c>, <c>AA</c>, <c>QM</c>–<c>QZ</c>, <c>XA</c>–<c>XZ</c>, <c>ZZ</c>), names and UN M.49 area codes.
    /// </summary>
    public static bool IsValid(string? code) => IsValid(code, out _);

    /// <summary>
    /// As <see cref="IsValid(string?)"/>; when false, <paramref name="reason"/> says why, and names the right code where
    /// there is one (for example <c>'UK' is not ISO 3166-1; the United Kingdom is 'GB'</c>, <c>'sg' must be uppercase
    /// (SG)</c>, <c>'SGP' is an ISO 3166-1 alpha-3 code; use the alpha-2 code 'SG'</c>). Null when valid. Never throws.
    /// </summary>
    public static bool IsValid(string? code, out string? reason)
    {
        reason = null;
        if (code is null || code.Length == 0 || ValidationText.IsBlankOnly(code))
        {
            reason = "the region code is empty";
            return false;
        }

        if (code.Length == 2 && ValidationText.IsAsciiUpper(code[0]) && ValidationText.IsAsciiUpper(code[1]) && Table.Assigned.Contains(code))
        {
            return true;
        }

        if (ValidationText.HasSurroundingWhitespace(code))
        {
            var trimmed = code.Trim();
            reason = ValidationText.Quote(code) + " has leading or trailing whitespace"
                + (IsValid(trimmed) ? " (" + trimmed + ")" : string.Empty);
            return false;
        }

        reason = Explain(code, out _);
        return false;
    }

    /// <summary>
    /// The code <paramref name="code"/> was meant to be, when it is invalid but names exactly one country: the code in
    /// uppercase (<c>vn</c> → <c>VN</c>), <c>UK</c> → <c>GB</c>, an alpha-3 or numeric code as alpha-2 (<c>VNM</c> →
    /// <c>VN</c>, <c>702</c> → <c>SG</c>), the country of a subdivision code (<c>JP-13</c> → <c>JP</c>), a country name
    /// as its code (<c>Singapore</c> → <c>SG</c>), a reserved code with a single successor (<c>BU</c> → <c>MM</c>), and
    /// any of these without surrounding whitespace. These are exactly the cases where the reason of
    /// <see cref="IsValid(string?, out string?)"/> names one code. Null when the code is valid, empty, or has no single
    /// answer: <c>EU</c> and <c>EZ</c> (list the member states), <c>AN</c> (<c>BQ</c>, <c>CW</c> or <c>SX</c>), area
    /// codes, user-assigned codes. Never throws.
    /// </summary>
    public static string? Suggest(string? code)
    {
        if (code is null || ValidationText.IsBlankOnly(code) || IsValid(code))
        {
            return null;
        }

        var trimmed = code.Trim();
        if (IsValid(trimmed))
        {
            return trimmed;
        }

        Explain(trimmed, out var replacement);
        return replacement;
    }

    /// <summary>
    /// The English short name of an officially assigned code, for model cards (<c>Singapore</c>, <c>Vietnam</c>,
    /// <c>South Korea</c>, <c>Türkiye</c>): the common short form where ISO's short name is long or inverted. The code is
    /// matched case-insensitively; null for anything that is not an assigned code.
    /// </summary>
    public static string? Name(string? code)
    {
        if (code is null || code.Length != 2)
        {
            return null;
        }

        return Table.ByCode.TryGetValue(ValidationText.ToUpperAscii(code), out var row) ? row.Name : null;
    }

    /// <summary>True when the two characters at <paramref name="start"/> are an assigned code in any case (for language tags).</summary>
    internal static bool IsAssignedIgnoreCase(string text, int start, int length) =>
        length == 2 && Table.Assigned.Contains(text, start, length);

    /// <summary>The alpha-2 code of an ISO 3166-1 alpha-3 code in any case (<c>SGP</c> → <c>SG</c>), or null.</summary>
    internal static string? FromAlpha3(string code) =>
        code.Length == 3 && Table.ByAlpha3.TryGetValue(ValidationText.ToUpperAscii(code), out var alpha2) ? alpha2 : null;

    /// <summary>The alpha-2 code of an ISO 3166-1 numeric code (<c>702</c> → <c>SG</c>), or null.</summary>
    internal static string? FromNumeric(string code) =>
        code.Length == 3 && Table.ByNumeric.TryGetValue(code, out var alpha2) ? alpha2 : null;

    /// <summary>Why <paramref name="code"/> is not valid; <paramref name="replacement"/> is the one code the reason names, if any.</summary>
    private static string Explain(string code, out string? replacement)
    {
        replacement = null;
        var quoted = ValidationText.Quote(code);
        var upper = ValidationText.ToUpperAscii(code);
        if (code.Length == 2 && Table.ByCode.ContainsKey(upper))
        {
            replacement = upper;
            return quoted + " must be uppercase (" + upper + ")";
        }

        if (code.Length == 2 && Reserved.TryGetValue(upper, out var reserved))
        {
            replacement = reserved.Replacement;
            return quoted + reserved.Advice;
        }

        if (code.Length == 2 && ValidationText.IsAsciiLetter(code[0]) && ValidationText.IsAsciiLetter(code[1]) && IsUserAssigned(upper))
        {
            return upper == "XK"
                ? quoted + " (Kosovo) is a user-assigned code, not ISO 3166-1; ISO 3166-1 has no code for Kosovo"
                : quoted + " is a user-assigned code, not an ISO 3166-1 country code";
        }

        if (code.Length == 3 && Table.ByAlpha3.TryGetValue(upper, out var fromAlpha3))
        {
            replacement = fromAlpha3;
            return quoted + " is an ISO 3166-1 alpha-3 code; use the alpha-2 code '" + fromAlpha3 + "'";
        }

        if (code.Length == 3 && ValidationText.IsAsciiDigit(code[0]) && ValidationText.IsAsciiDigit(code[1]) && ValidationText.IsAsciiDigit(code[2]))
        {
            if (Table.ByNumeric.TryGetValue(code, out var fromNumeric))
            {
                replacement = fromNumeric;
                return quoted + " is an ISO 3166-1 numeric code; use the alpha-2 code '" + fromNumeric + "'";
            }

            if (LanguageTag.IsNumericArea(code, 0, 3))
            {
                return quoted + " is a UN M.49 area code, not a country; list the countries' ISO 3166-1 codes";
            }
        }

        // ISO 3166-2 subdivision codes: "US-CA", "JP-13", "VN-SG".
        if (code.Length >= 4 && code.Length <= 6 && code[2] == '-' && Table.ByCode.ContainsKey(code.Substring(0, 2)))
        {
            replacement = code.Substring(0, 2);
            return quoted + " is an ISO 3166-2 subdivision code; use the country code '" + code.Substring(0, 2) + "'";
        }

        if (code.Length >= 3 && code.Length <= 80 && Table.ByName.TryGetValue(code, out var fromName))
        {
            replacement = fromName;
            return quoted + " is a country name; use its ISO 3166-1 code '" + fromName + "'";
        }

        return quoted + " is not an ISO 3166-1 alpha-2 country code";
    }

    private static bool IsUserAssigned(string upper) =>
        upper == "AA" || upper == "ZZ" || (upper[0] == 'Q' && upper[1] >= 'M') || upper[0] == 'X';

    // Codes ISO 3166/MA keeps reserved (exceptionally or transitionally) and one common mistake, with what to use
    // and the one code to write instead when there is exactly one.
    private static readonly Dictionary<string, ReservedCode> Reserved = new(StringComparer.Ordinal)
    {
        ["UK"] = new(" is not ISO 3166-1; the United Kingdom is 'GB'", "GB"),
        ["EU"] = new(" is an exceptionally reserved code for the European Union, not a country; list the member states instead", null),
        ["EZ"] = new(" is an exceptionally reserved code for the eurozone, not a country; list the member states instead", null),
        ["UN"] = new(" is an exceptionally reserved code for the United Nations, not a country", null),
        ["AC"] = new(" is an exceptionally reserved code (Ascension Island); ISO 3166-1 covers it as 'SH'", "SH"),
        ["TA"] = new(" is an exceptionally reserved code (Tristan da Cunha); ISO 3166-1 covers it as 'SH'", "SH"),
        ["CP"] = new(" is an exceptionally reserved code (Clipperton Island); ISO 3166-1 covers it as 'FR'", "FR"),
        ["CQ"] = new(" is an exceptionally reserved code (Sark); ISO 3166-1 covers it as 'GG'", "GG"),
        ["DG"] = new(" is an exceptionally reserved code (Diego Garcia); ISO 3166-1 covers it as 'IO'", "IO"),
        ["EA"] = new(" is an exceptionally reserved code (Ceuta and Melilla); ISO 3166-1 covers them as 'ES'", "ES"),
        ["IC"] = new(" is an exceptionally reserved code (Canary Islands); ISO 3166-1 covers them as 'ES'", "ES"),
        ["FX"] = new(" is a reserved code (Metropolitan France); use 'FR'", "FR"),
        ["SU"] = new(" is a reserved code (the former Soviet Union); use the codes of today's countries", null),
        ["AN"] = new(" is a transitionally reserved code (Netherlands Antilles); use 'BQ', 'CW' or 'SX'", null),
        ["BU"] = new(" is a transitionally reserved code (Burma); use 'MM'", "MM"),
        ["CS"] = new(" is a transitionally reserved code (Serbia and Montenegro); use 'RS' or 'ME'", null),
        ["NT"] = new(" is a transitionally reserved code (the Neutral Zone); use 'SA' or 'IQ'", null),
        ["TP"] = new(" is a transitionally reserved code (East Timor); use 'TL'", "TL"),
        ["YU"] = new(" is a transitionally reserved code (Yugoslavia); use the codes of today's countries", null),
        ["ZR"] = new(" is a transitionally reserved code (Zaire); use 'CD'", "CD"),
        ["DD"] = new(" is a withdrawn code (the German Democratic Republic); use 'DE'", "DE"),
        ["YD"] = new(" is a withdrawn code (Democratic Yemen); use 'YE'", "YE"),
    };

    private sealed class ReservedCode
    {
        public ReservedCode(string advice, string? replacement)
        {
            Advice = advice;
            Replacement = replacement;
        }

        public string Advice { get; }

        public string? Replacement { get; }
    }

    private sealed class Row
    {
        public Row(string code, string name)
        {
            Code = code;
            Name = name;
        }

        public string Code { get; }

        public string Name { get; }
    }

    // Built once, on first use, from the generated CountryData.
    private static class Table
    {
        private static readonly char[] RowSeparator = { ';' };
        internal static readonly Dictionary<string, Row> ByCode = new(StringComparer.Ordinal);
        internal static readonly Dictionary<string, string> ByAlpha3 = new(StringComparer.Ordinal);
        internal static readonly Dictionary<string, string> ByNumeric = new(StringComparer.Ordinal);
        internal static readonly Dictionary<string, string> ByName = new(StringComparer.OrdinalIgnoreCase);
        internal static readonly SubtagSet Assigned;
        internal static readonly ReadOnlyCollection<string> Codes;

        static Table()
        {
            var codes = new List<string>(Count);
            foreach (var line in CountryData.Split(RowSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var fields = line.Split('|');
                var code = fields[0];
                codes.Add(code);
                ByCode[code] = new Row(code, fields[3]);
                ByAlpha3[fields[1]] = code;
                ByNumeric[fields[2]] = code;
                for (var i = 3; i < fields.Length; i++)
                {
                    ByName[fields[i]] = code;
                }
            }

            // Everyday names that are neither ISO's nor the registry's.
            foreach (var (name, code) in new[]
            {
                ("United States of America", "US"), ("USA", "US"), ("America", "US"), ("Great Britain", "GB"),
                ("Britain", "GB"), ("England", "GB"), ("Scotland", "GB"), ("Wales", "GB"), ("Northern Ireland", "GB"),
                ("Holland", "NL"), ("The Netherlands", "NL"), ("Burma", "MM"), ("East Timor", "TL"), ("Brunei", "BN"),
                ("Russia", "RU"), ("Macau", "MO"), ("Macao", "MO"), ("Hong Kong", "HK"),
                ("Ivory Coast", "CI"), ("Turkey", "TR"), ("Czech Republic", "CZ"), ("Swaziland", "SZ"),
                ("Cape Verde", "CV"), ("Palestine", "PS"), ("Vatican", "VA"), ("Vatican City", "VA"),
                ("UAE", "AE"), ("PRC", "CN"), ("Mainland China", "CN"), ("Viet Nam", "VN"), ("Lao PDR", "LA"),
            })
            {
                if (!ByName.ContainsKey(name))
                {
                    ByName[name] = code;
                }
            }

            Codes = new ReadOnlyCollection<string>(codes);
            Assigned = SubtagSet.FromCodes(string.Join(" ", codes));
        }
    }
}
