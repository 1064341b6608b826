using System.Globalization;
using System.Text;

namespace AiCompliance.Policy.Validation;

/// <summary>
/// Helpers the validators share: ASCII character classes (the codes they check are ASCII by definition, and
/// <see cref="char.IsLetter(char)"/> would accept any script) and quoting of user text inside reason strings.
/// </summary>
internal static class ValidationText
{
    /// <summary>Quoted values in reasons are cut to this many characters, so a huge value keeps the message short.</summary>
    internal const int MaxQuotedLength = 64;

    internal static readonly char[] Space = { ' ' };

    internal static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    internal static bool IsAsciiDigit(char c) => c >= '0' && c <= '9';

    internal static bool IsAsciiLetterOrDigit(char c) => IsAsciiLetter(c) || IsAsciiDigit(c);

    internal static bool IsAsciiUpper(char c) => c >= 'A' && c <= 'Z';

    internal static bool IsAsciiLower(char c) => c >= 'a' && c <= 'z';

    internal static char ToLowerAscii(char c) => IsAsciiUpper(c) ? (char)(c + 32) : c;

    internal static char ToUpperAscii(char c) => IsAsciiLower(c) ? (char)(c - 32) : c;

    /// <summary>
    /// True for whitespace, invisible format characters (bidi marks, zero-width spaces and joiners), control characters
    /// and the fillers that render blank (<see cref="VisibleText"/>).
    /// </summary>
    internal static bool IsBlank(char c) =>
        char.IsWhiteSpace(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.Control
        || VisibleText.IsFiller(c);

    internal static bool HasSurroundingWhitespace(string text) =>
        text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[text.Length - 1]));

    internal static bool IsBlankOnly(string text)
    {
        foreach (var c in text)
        {
            if (!IsBlank(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Ordinal, ASCII-case-insensitive comparison of a part of <paramref name="text"/> with <paramref name="value"/>.</summary>
    internal static bool EqualsIgnoreCase(string text, int start, int length, string value)
    {
        if (length != value.Length || start < 0 || start + length > text.Length)
        {
            return false;
        }

        for (var i = 0; i < length; i++)
        {
            if (ToLowerAscii(text[start + i]) != ToLowerAscii(value[i]))
            {
                return false;
            }
        }

        return true;
    }

    internal static bool StartsWithIgnoreCase(string text, int start, string prefix) =>
        start >= 0 && text.Length - start >= prefix.Length && EqualsIgnoreCase(text, start, prefix.Length, prefix);

    internal static string ToLowerAscii(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = ToLowerAscii(chars[i]);
        }

        return new string(chars);
    }

    internal static string ToUpperAscii(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = ToUpperAscii(chars[i]);
        }

        return new string(chars);
    }

    /// <summary>
    /// The value in single quotes for a reason string: control characters, invisible format characters and lone
    /// surrogates are shown as <c>\uXXXX</c>, and a long value is cut with an ellipsis (never inside a surrogate pair).
    /// </summary>
    internal static string Quote(string value) => "'" + Display(value) + "'";

    internal static string Quote(string value, int start, int length) => Quote(value.Substring(start, length));

    internal static string Display(string value)
    {
        var builder = new StringBuilder(value.Length < MaxQuotedLength ? value.Length + 2 : MaxQuotedLength + 8);
        for (var i = 0; i < value.Length; i++)
        {
            if (builder.Length >= MaxQuotedLength)
            {
                builder.Append('…');
                break;
            }

            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c) || char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The character at <paramref name="index"/> for a reason: <c>'é'</c>, or <c>U+200F</c> when it is invisible.</summary>
    internal static string DescribeChar(string text, int index)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            return "'" + text.Substring(index, 2) + "'";
        }

        if (char.IsSurrogate(c) || char.IsControl(c) || char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
        {
            return "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
        }

        return "'" + c + "'";
    }

    internal static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
