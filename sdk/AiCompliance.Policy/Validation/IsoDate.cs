using System;
using System.Globalization;

namespace AiCompliance.Policy.Validation;

/// <summary>Calendar dates written as <c>yyyy-MM-dd</c>, the only date format declarations accept.</summary>
public static class IsoDate
{
    /// <summary>
    /// Parses a <c>yyyy-MM-dd</c> date (ISO 8601 extended calendar date: four-digit year 0001–9999, two-digit month and
    /// day, a real calendar date) into a <see cref="DateTime"/> of kind <see cref="DateTimeKind.Unspecified"/> at midnight.
    /// Whitespace around the date is ignored, since configuration values (the build date) arrive with it; declarations
    /// are checked with <see cref="IsValid"/>, which does not allow it. Never throws.
    /// </summary>
    public static bool TryParse(string? text, out DateTime date)
    {
        date = default;
        if (text is null)
        {
            return false;
        }

        var trimmed = text.Trim();
        return Parse(trimmed, out date) == Problem.None;
    }

    /// <summary>
    /// True when <paramref name="text"/> is exactly a <c>yyyy-MM-dd</c> date: ten characters, ASCII digits, a four-digit
    /// year 0001–9999, month 01–12 and a day that exists in that month (leap years counted). No whitespace, no time, no
    /// other separators. When false, <paramref name="reason"/> says why and, where the intent is clear, what to write:
    /// <c>'2026-13-01' has month 13; months are 01 to 12</c>, <c>'21/11/2026' is not yyyy-MM-dd; write 2026-11-21</c>,
    /// <c>'2026-2-1' needs two-digit months and days (2026-02-01)</c>. Null when valid. Never throws.
    /// </summary>
    public static bool IsValid(string? text, out string? reason)
    {
        reason = null;
        if (text is null || text.Length == 0 || ValidationText.IsBlankOnly(text))
        {
            reason = "the date is empty";
            return false;
        }

        if (ValidationText.HasSurroundingWhitespace(text))
        {
            reason = ValidationText.Quote(text) + " has leading or trailing whitespace";
            return false;
        }

        switch (Parse(text, out _))
        {
            case Problem.None:
                return true;
            case Problem.Year:
                reason = ValidationText.Quote(text) + " has year 0000; years start at 0001";
                return false;
            case Problem.Month:
                reason = ValidationText.Quote(text) + " has month " + text.Substring(5, 2) + "; months are 01 to 12";
                return false;
            case Problem.Day:
                var year = Number(text, 0, 4);
                var month = Number(text, 5, 2);
                var day = Number(text, 8, 2);
                reason = day == 0
                    ? ValidationText.Quote(text) + " has day 00; days start at 01"
                    : ValidationText.Quote(text) + " is not a calendar date: " + CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month) + " "
                        + year.ToString("D4", CultureInfo.InvariantCulture) + " has "
                        + DateTime.DaysInMonth(year, month).ToString(CultureInfo.InvariantCulture) + " days";
                return false;
            default:
                reason = ExplainShape(text);
                return false;
        }
    }

    /// <summary>True when <paramref name="date"/>'s calendar day is after <paramref name="today"/>'s (times of day are ignored).</summary>
    public static bool IsInFuture(DateTime date, DateTime today) => date.Date > today.Date;

    private enum Problem
    {
        None,
        Shape,
        Year,
        Month,
        Day,
    }

    private static Problem Parse(string text, out DateTime date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-' || !Digits(text, 0, 4) || !Digits(text, 5, 2) || !Digits(text, 8, 2))
        {
            return Problem.Shape;
        }

        var year = Number(text, 0, 4);
        var month = Number(text, 5, 2);
        var day = Number(text, 8, 2);
        if (year == 0)
        {
            return Problem.Year;
        }

        if (month < 1 || month > 12)
        {
            return Problem.Month;
        }

        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return Problem.Day;
        }

        date = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
        return Problem.None;
    }

    private static string ExplainShape(string text)
    {
        var quoted = ValidationText.Quote(text);

        // A date followed by a time: 2026-11-21T10:00:00Z, "2026-11-21 10:00".
        if (text.Length > 10 && (text[10] == 'T' || text[10] == 't' || text[10] == ' ') && Parse(text.Substring(0, 10), out _) == Problem.None)
        {
            return quoted + " has a time of day; write only the date (" + text.Substring(0, 10) + ")";
        }

        // Basic format: 20261121.
        if (text.Length == 8 && Digits(text, 0, 8))
        {
            var extended = text.Substring(0, 4) + "-" + text.Substring(4, 2) + "-" + text.Substring(6, 2);
            if (Parse(extended, out _) == Problem.None)
            {
                return quoted + " is missing the '-' separators; write " + extended;
            }
        }

        if (!TrySplit(text, out var first, out var second, out var third, out var separator))
        {
            return quoted + " is not a date in yyyy-MM-dd form";
        }

        // Year first with one-digit parts or another separator: 2026-2-1, 2026/11/21, 2026.11.21.
        if (first.Length == 4)
        {
            var candidate = first + "-" + Pad(second) + "-" + Pad(third);
            var valid = Parse(candidate, out _) == Problem.None;
            if (separator != '-')
            {
                return quoted + " uses '" + separator + "'; write " + (valid ? candidate : "yyyy-MM-dd");
            }

            return quoted + " needs two-digit months and days" + (valid ? " (" + candidate + ")" : string.Empty);
        }

        // Year last: 21/11/2026 (day first), 11/21/2026 (month first), 01/02/2026 (ambiguous).
        if (third.Length == 4 && first.Length <= 2 && second.Length <= 2)
        {
            var a = int.Parse(first, CultureInfo.InvariantCulture);
            var b = int.Parse(second, CultureInfo.InvariantCulture);
            var dayFirst = third + "-" + Pad(second) + "-" + Pad(first);
            var monthFirst = third + "-" + Pad(first) + "-" + Pad(second);
            var dayFirstValid = Parse(dayFirst, out _) == Problem.None;
            var monthFirstValid = Parse(monthFirst, out _) == Problem.None;
            if (dayFirstValid && monthFirstValid && a != b)
            {
                return quoted + " is not yyyy-MM-dd, and it is ambiguous; write " + dayFirst + " or " + monthFirst;
            }

            if (dayFirstValid || monthFirstValid)
            {
                return quoted + " is not yyyy-MM-dd; write " + (dayFirstValid ? dayFirst : monthFirst);
            }
        }

        return quoted + " is not a date in yyyy-MM-dd form";
    }

    /// <summary>Splits "a?b?c" where the parts are 1–4 ASCII digits and both separators are the same '-', '/' or '.'.</summary>
    private static bool TrySplit(string text, out string first, out string second, out string third, out char separator)
    {
        first = second = third = string.Empty;
        separator = '\0';
        if (text.Length > 12)
        {
            return false;
        }

        var one = text.IndexOfAny(Separators);
        if (one <= 0)
        {
            return false;
        }

        separator = text[one];
        var two = text.IndexOf(separator, one + 1);
        if (two < 0 || text.IndexOf(separator, two + 1) >= 0)
        {
            return false;
        }

        first = text.Substring(0, one);
        second = text.Substring(one + 1, two - one - 1);
        third = text.Substring(two + 1);
        return IsPart(first) && IsPart(second) && IsPart(third);
    }

    private static readonly char[] Separators = { '-', '/', '.' };

    private static bool IsPart(string part) => part.Length >= 1 && part.Length <= 4 && Digits(part, 0, part.Length);

    private static string Pad(string part) => part.Length == 1 ? "0" + part : part;

    private static bool Digits(string text, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (!ValidationText.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int Number(string text, int start, int length)
    {
        var value = 0;
        for (var i = start; i < start + length; i++)
        {
            value = (value * 10) + (text[i] - '0');
        }

        return value;
    }
}
