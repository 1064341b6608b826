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

        reason = Explain(code);
        return false;
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

    private static string Explain(string code)
    {
        var quoted = ValidationText.Quote(code);
        var upper = ValidationText.ToUpperAscii(code);
        if (code.Length == 2 && Table.ByCode.ContainsKey(upper))
        {
            return quoted + " must be uppercase (" + upper + ")";
        }

        if (code.Length == 2 && Reserved.TryGetValue(upper, out var advice))
        {
            return quoted + advice;
        }

        if (code.Length == 2 && ValidationText.IsAsciiLetter(code[0]) && ValidationText.IsAsciiLetter(code[1]) && IsUserAssigned(upper))
        {
            return upper == "XK"
                ? quoted + " (Kosovo) is a user-assigned code, not ISO 3166-1; ISO 3166-1 has no code for Kosovo"
                : quoted + " is a user-assigned code, not an ISO 3166-1 country code";
        }

        if (code.Length == 3 && Table.ByAlpha3.TryGetValue(upper, out var fromAlpha3))
        {
            return quoted + " is an ISO 3166-1 alpha-3 code; use the alpha-2 code '" + fromAlpha3 + "'";
        }

        if (code.Length == 3 && ValidationText.IsAsciiDigit(code[0]) && ValidationText.IsAsciiDigit(code[1]) && ValidationText.IsAsciiDigit(code[2]))
        {
            if (Table.ByNumeric.TryGetValue(code, out var fromNumeric))
            {
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
            return quoted + " is an ISO 3166-2 subdivision code; use the country code '" + code.Substring(0, 2) + "'";
        }

        if (code.Length >= 3 && code.Length <= 80 && Table.ByName.TryGetValue(code, out var fromName))
        {
            return quoted + " is a country name; use its ISO 3166-1 code '" + fromName + "'";
        }

        return quoted + " is not an ISO 3166-1 alpha-2 country code";
    }

    private static bool IsUserAssigned(string upper) =>
        upper == "AA" || upper == "ZZ" || (upper[0] == 'Q' && upper[1] >= 'M') || upper[0] == 'X';

    // Codes ISO 3166/MA keeps reserved (exceptionally or transitionally) and one common mistake, with what to use.
    private static readonly Dictionary<string, string> Reserved = new(StringComparer.Ordinal)
    {
        ["UK"] = " is not ISO 3166-1; the United Kingdom is 'GB'",
        ["EU"] = " is an exceptionally reserved code for the European Union, not a country; list the member states instead",
        ["EZ"] = " is an exceptionally reserved code for the eurozone, not a country; list the member states instead",
        ["UN"] = " is an exceptionally reserved code for the United Nations, not a country",
        ["AC"] = " is an exceptionally reserved code (Ascension Island); ISO 3166-1 covers it as 'SH'",
        ["TA"] = " is an exceptionally reserved code (Tristan da Cunha); ISO 3166-1 covers it as 'SH'",
        ["CP"] = " is an exceptionally reserved code (Clipperton Island); ISO 3166-1 covers it as 'FR'",
        ["CQ"] = " is an exceptionally reserved code (Sark); ISO 3166-1 covers it as 'GG'",
        ["DG"] = " is an exceptionally reserved code (Diego Garcia); ISO 3166-1 covers it as 'IO'",
        ["EA"] = " is an exceptionally reserved code (Ceuta and Melilla); ISO 3166-1 covers them as 'ES'",
        ["IC"] = " is an exceptionally reserved code (Canary Islands); ISO 3166-1 covers them as 'ES'",
        ["FX"] = " is a reserved code (Metropolitan France); use 'FR'",
        ["SU"] = " is a reserved code (the former Soviet Union); use the codes of today's countries",
        ["AN"] = " is a transitionally reserved code (Netherlands Antilles); use 'BQ', 'CW' or 'SX'",
        ["BU"] = " is a transitionally reserved code (Burma); use 'MM'",
        ["CS"] = " is a transitionally reserved code (Serbia and Montenegro); use 'RS' or 'ME'",
        ["NT"] = " is a transitionally reserved code (the Neutral Zone); use 'SA' or 'IQ'",
        ["TP"] = " is a transitionally reserved code (East Timor); use 'TL'",
        ["YU"] = " is a transitionally reserved code (Yugoslavia); use the codes of today's countries",
        ["ZR"] = " is a transitionally reserved code (Zaire); use 'CD'",
        ["DD"] = " is a withdrawn code (the German Democratic Republic); use 'DE'",
        ["YD"] = " is a withdrawn code (Democratic Yemen); use 'YE'",
    };

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
