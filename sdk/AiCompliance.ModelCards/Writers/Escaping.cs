using System.Globalization;
using System.Text;

namespace AiCompliance.ModelCards.Writers;

/// <summary>
/// Escaping of declaration text for each output syntax. Declarations are user text and may contain anything a C#
/// string can: markup, "---", pipes, quotes, newlines, control characters, bidirectional overrides, emoji, lone
/// surrogates. Each method returns text that the syntax reads back as exactly that text (or, where the syntax cannot
/// carry a character at all, a documented stand-in) and that can start no structure of its own.
/// </summary>
internal static class Escaping
{
    /// <summary>Lone surrogates cannot be written as UTF-8; they become U+FFFD, as every UTF-8 decoder would make them.</summary>
    public static string Clean(string text)
    {
        StringBuilder? result = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var lone = char.IsHighSurrogate(c)
                ? i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])
                : char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));
            if (lone)
            {
                result ??= new StringBuilder(text, 0, i, text.Length);
                result.Append('\uFFFD');
            }
            else
            {
                result?.Append(c);
            }
        }

        return result?.ToString() ?? text;
    }

    /// <summary>C0 and C1 control characters and DEL.</summary>
    public static bool IsControl(char c) => c < 0x20 || (c >= 0x7F && c <= 0x9F);

    /// <summary>
    /// Characters that are invisible yet change how surrounding text displays or is split: bidirectional embeddings,
    /// overrides, isolates and marks, the byte order mark, and the Unicode line and paragraph separators.
    /// </summary>
    public static bool IsInvisibleFormat(char c) =>
        c is '\u061C' or '\u200E' or '\u200F' or '\uFEFF' or '\u2028' or '\u2029' or '\uFFFE' or '\uFFFF'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');

    /// <summary>
    /// A YAML double-quoted scalar. Only printable characters appear raw; everything else is an escape sequence, so a
    /// value can never end the scalar, start a line (no raw newline: no "---" document marker) or hide text.
    /// </summary>
    public static string YamlQuoted(string text)
    {
        text = Clean(text);
        var result = new StringBuilder(text.Length + 2);
        result.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': result.Append("\\\\"); break;
                case '"': result.Append("\\\""); break;
                case '\n': result.Append("\\n"); break;
                case '\r': result.Append("\\r"); break;
                case '\t': result.Append("\\t"); break;
                case '\0': result.Append("\\0"); break;
                default:
                    if (IsControl(c) || IsInvisibleFormat(c))
                    {
                        result.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        result.Append(c);
                    }

                    break;
            }
        }

        return result.Append('"').ToString();
    }

    /// <summary>
    /// Inline Markdown text (paragraphs, list items, table cells, headings). Every character CommonMark, GFM or the
    /// common extensions give a meaning is backslash-escaped, so no emphasis, link, image, raw HTML, table cell break
    /// or attribute block can start; a value that begins like a block (a heading, a list, a quote, a thematic break)
    /// is escaped at its start. Quotes are escaped too ("" starts a citation in Markdig's extensions). Line breaks become " ↵ " because a raw newline would end a table row or start a block,
    /// and raw HTML such as &lt;br&gt; is exactly what must never be emitted. Invisible and control characters are
    /// numeric character references, which Markdown renders as the character itself (NUL, which CommonMark forbids,
    /// and the noncharacters U+FFFE and U+FFFF, which HTML parsers may take for the end of input, become U+FFFD).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="atBlockStart">Whether the text starts a block (false for a run that continues a line).</param>
    public static string MarkdownInline(string text, bool atBlockStart = true)
    {
        text = Clean(text);
        var result = new StringBuilder(text.Length + 8);
        var atStart = atBlockStart;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' || c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                result.Append(" ↵ ");
                continue;
            }

            if (atStart && (c == ' ' || c == '\t'))
            {
                // Leading blanks would indent into a code block or be dropped.
                result.Append(c == ' ' ? "&#32;" : "&#9;");
                continue;
            }

            if (atStart)
            {
                atStart = false;
                if (c is '-' or '+' or '=' or '#' or '>' or ':')
                {
                    result.Append('\\').Append(c);
                    continue;
                }

                if (c >= '0' && c <= '9')
                {
                    // "1. " or "1) " at the start would begin an ordered list.
                    var j = i;
                    while (j < text.Length && text[j] >= '0' && text[j] <= '9')
                    {
                        j++;
                    }

                    result.Append(text, i, j - i);
                    if (j < text.Length && (text[j] == '.' || text[j] == ')') && (j + 1 == text.Length || text[j + 1] is ' ' or '\t'))
                    {
                        result.Append('\\').Append(text[j]);
                        j++;
                    }

                    i = j - 1;
                    continue;
                }
            }

            switch (c)
            {
                case '\\':
                case '`':
                case '*':
                case '_':
                case '{':
                case '}':
                case '[':
                case ']':
                case '<':
                case '>':
                case '#':
                case '!':
                case '|':
                case '~':
                case '&':
                case '$':
                case '^':
                case '=':
                case '+':
                case '"':
                    result.Append('\\').Append(c);
                    break;
                case ':' when (i + 1 < text.Length && text[i + 1] == ':') || (i > 0 && text[i - 1] == ':'):
                    // "::text::" is an inline container in Markdig's extensions.
                    result.Append("\\:");
                    break;
                case '\t':
                    result.Append("&#9;");
                    break;
                case '\0':
                case '\uFFFE':
                case '\uFFFF':
                    // NUL, which CommonMark forbids, and the noncharacters, which renderers pass through raw into HTML
                    // where parsers take U+FFFF for the end of input (AngleSharp drops the rest of the page).
                    result.Append("&#xFFFD;");
                    break;
                default:
                    if (IsControl(c) || IsInvisibleFormat(c))
                    {
                        result.Append("&#x").Append(((int)c).ToString("X", CultureInfo.InvariantCulture)).Append(';');
                    }
                    else
                    {
                        result.Append(c);
                    }

                    break;
            }
        }

        return result.ToString();
    }

    /// <summary>
    /// HTML text or attribute value. The five markup characters are entities; control and invisible characters are
    /// numeric references so the file itself shows no hidden text, except the C1 controls, which HTML would remap if
    /// referenced (U+0080–U+009F) and so stay raw, and NUL, which HTML cannot carry and becomes U+FFFD.
    /// </summary>
    public static string Html(string text)
    {
        text = Clean(text);
        StringBuilder? result = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\0' => "&#xFFFD;",
                '\n' or '\t' => null,
                _ when c >= 0x80 && c <= 0x9F => null,
                _ when IsControl(c) || IsInvisibleFormat(c) => "&#x" + ((int)c).ToString("X", CultureInfo.InvariantCulture) + ";",
                _ => null,
            };
            if (replacement is null)
            {
                result?.Append(c);
            }
            else
            {
                result ??= new StringBuilder(text, 0, i, text.Length + 16);
                result.Append(replacement);
            }
        }

        return result?.ToString() ?? text;
    }
}
