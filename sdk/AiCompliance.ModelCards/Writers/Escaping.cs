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
    /// Characters that show nothing yet change how surrounding text displays, is split or is read by a machine:
    /// bidirectional embeddings, overrides, isolates and marks; zero-width spaces and joiners, the word joiner and the
    /// invisible operators; the soft hyphen, the combining grapheme joiner, variation selectors and Mongolian free
    /// variation selectors; the Hangul, Khmer and Braille fillers (blank although Unicode files them as letters, the same
    /// set as the policy's <c>VisibleText</c>); the byte order mark, the interlinear annotation marks, the Unicode line and
    /// paragraph separators and the noncharacters U+FFFE and U+FFFF. A fixed list rather than a Unicode category, so the
    /// same text gives the same bytes on every runtime.
    /// </summary>
    public static bool IsInvisibleFormat(char c) =>
        c is '\u00AD' or '\u034F' or '\u061C' or '\u115F' or '\u1160' or '\u17B4' or '\u17B5' or '\u2800' or '\u3164'
            or '\uFEFF' or '\uFFA0' or '\uFFFE' or '\uFFFF'
        || (c >= '\u180B' && c <= '\u180F')
        || (c >= '\u200B' && c <= '\u200F')
        || (c >= '\u2028' && c <= '\u202E')
        || (c >= '\u2060' && c <= '\u206F')
        || (c >= '\uFE00' && c <= '\uFE0F')
        || (c >= '\uFFF9' && c <= '\uFFFB');

    /// <summary>
    /// Whether the character, or the surrogate pair, at <paramref name="index"/> is a control or invisible character, and
    /// its code point. Beyond the BMP: the tag characters U+E0000–U+E007F (which spell hidden ASCII text, a known way to
    /// smuggle instructions to a language model), the variation selectors supplement and the musical format controls.
    /// </summary>
    public static bool IsInvisibleAt(string text, int index, out int codePoint)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            codePoint = char.ConvertToUtf32(c, text[index + 1]);
            return (codePoint >= 0xE0000 && codePoint <= 0xE007F) || (codePoint >= 0xE0100 && codePoint <= 0xE01EF)
                || (codePoint >= 0x1D173 && codePoint <= 0x1D17A);
        }

        codePoint = c;
        return IsControl(c) || IsInvisibleFormat(c);
    }

    /// <summary>The number of chars (1 or 2) the code point takes in UTF-16.</summary>
    public static int Utf16Length(int codePoint) => codePoint > 0xFFFF ? 2 : 1;

    private static string HexReference(int codePoint) => "&#x" + codePoint.ToString("X", CultureInfo.InvariantCulture) + ";";

    /// <summary>
    /// A YAML double-quoted scalar. Only printable characters appear raw; everything else is an escape sequence, so a
    /// value can never end the scalar, start a line (no raw newline: no "---" document marker) or hide text.
    /// </summary>
    public static string YamlQuoted(string text)
    {
        text = Clean(text);
        var result = new StringBuilder(text.Length + 2);
        result.Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\': result.Append("\\\\"); break;
                case '"': result.Append("\\\""); break;
                case '\n': result.Append("\\n"); break;
                case '\r': result.Append("\\r"); break;
                case '\t': result.Append("\\t"); break;
                case '\0': result.Append("\\0"); break;
                default:
                    if (IsInvisibleAt(text, i, out var codePoint))
                    {
                        result.Append(codePoint > 0xFFFF ? "\\U" : "\\u").Append(codePoint.ToString(codePoint > 0xFFFF ? "X8" : "X4", CultureInfo.InvariantCulture));
                        i += Utf16Length(codePoint) - 1;
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
    /// Nothing becomes a link through autolinking (GFM, Markdig's AutoLinks): a colon followed by more text ("https:",
    /// "mailto:"), the dot of a leading "www." and "@" are backslash-escaped, which renderers show as the plain
    /// character; a code span would change how the text looks, and a zero-width character would change the text.
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
                case ':' when (i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1])) || (i > 0 && text[i - 1] == ':'):
                    // "::text::" is an inline container in Markdig's extensions, and a colon followed by more text may
                    // be a URL's scheme ("https:", "mailto:", "tel:"), which autolinking renderers turn into a link.
                    result.Append("\\:");
                    break;
                case '@':
                    // An e-mail address or a mention, which GitHub links.
                    result.Append("\\@");
                    break;
                case 'w' or 'W' when StartsWwwAutolink(text, i):
                    // "www.example.com" is linked by GFM and Markdig without any scheme.
                    result.Append(text, i, 3).Append("\\.");
                    i += 3;
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
                    if (IsInvisibleAt(text, i, out var codePoint))
                    {
                        result.Append(HexReference(codePoint));
                        i += Utf16Length(codePoint) - 1;
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

    private static bool StartsWwwAutolink(string text, int index) =>
        index + 4 <= text.Length
        && string.Compare(text, index, "www.", 0, 4, System.StringComparison.OrdinalIgnoreCase) == 0
        && (index == 0 || !char.IsLetterOrDigit(text[index - 1]));

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
            if (char.IsHighSurrogate(c) && IsInvisibleAt(text, i, out var codePoint))
            {
                result ??= new StringBuilder(text, 0, i, text.Length + 16);
                result.Append(HexReference(codePoint));
                i++;
                continue;
            }

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
                _ when IsControl(c) || IsInvisibleFormat(c) => HexReference(c),
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
