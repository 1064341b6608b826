using System.Globalization;
using System.Text;

namespace AiCompliance.Policy;

/// <summary>
/// User text (ids, names, declared values) made safe for one-line logs. A diagnostic message goes into build logs, CI
/// logs and terminals: a newline in a model id would start a line that MSBuild and CI parse as a diagnostic of its own
/// (log injection), ESC sequences would recolour or rewrite the terminal, NUL and other controls corrupt logs, and bidi
/// controls make a message read differently from what it says. Every such character is written as a visible escape:
/// <c>\n</c>, <c>\r</c>, <c>\t</c>, <c>\0</c>, and <c>\uXXXX</c> for the rest (ESC is <c>\u001B</c>).
/// </summary>
/// <remarks>
/// A backslash is left as it is, so escaping is idempotent (text escaped twice reads as text escaped once); the price is
/// that a typed <c>\n</c> and an escaped newline look alike, which a log reader can live with. Every rule's message
/// arguments pass through here (<see cref="Rules.Finding"/>), and so does the CLI's text output.
/// </remarks>
public static class MessageText
{
    /// <summary>Whether <paramref name="c"/> is written escaped: C0 and C1 controls, DEL, bidi controls, line and paragraph separators, lone surrogates.</summary>
    public static bool NeedsEscape(char c) =>
        c < 0x20
        || c is >= '\u007F' and <= '\u009F'
        || c is '\u061C' or '\u200E' or '\u200F' or '\u2028' or '\u2029'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';

    /// <summary><paramref name="text"/> with every character <see cref="NeedsEscape"/> names, and every lone surrogate, escaped.</summary>
    public static string Escape(string text)
    {
        var first = FirstToEscape(text);
        if (first < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 16);
        result.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                result.Append(c).Append(text[++i]);
            }
            else if (NeedsEscape(c) || char.IsSurrogate(c))
            {
                result.Append(c switch
                {
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    '\0' => "\\0",
                    _ => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                });
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    /// <summary>
    /// The arguments of a message with every string escaped; other values (numbers, enums) hold no user text and keep
    /// their type, so the message format decides how they are written.
    /// </summary>
    public static object?[] EscapeArguments(object?[] arguments)
    {
        object?[]? escaped = null;
        for (var i = 0; i < arguments.Length; i++)
        {
            if (arguments[i] is string text && Escape(text) is var safe && !ReferenceEquals(safe, text))
            {
                escaped ??= (object?[])arguments.Clone();
                escaped[i] = safe;
            }
        }

        return escaped ?? arguments;
    }

    private static int FirstToEscape(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (NeedsEscape(c) || char.IsSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }
}
