namespace AiCompliance.Policy.Validation;

/// <summary>Text that stands in for a value nobody has written yet ("TODO", "TBD", "&lt;owner&gt;", "N/A").</summary>
public static class PlaceholderText
{
    // Markers that make the text a placeholder when it starts with them (ASCII, matched case-insensitively).
    private static readonly string[] WordMarkers =
    {
        "TODO", "TBD", "TBA", "TBC", "FIXME", "XXX", "placeholder", "lorem ipsum", "changeme", "change me", "change-me",
        "change_me", "to be determined", "to be defined", "to be confirmed", "to be announced",
    };

    // Texts that are a placeholder only when they are the whole text.
    private static readonly string[] WholeMarkers = { "N/A", "n.a.", "null", "undefined" };

    /// <summary>
    /// True when <paramref name="text"/> is a placeholder rather than a real value. Whitespace and invisible format
    /// characters (bidi marks, zero-width spaces) around the text are ignored. A placeholder is:
    /// <list type="bullet">
    /// <item>null, empty, or only whitespace and invisible characters;</item>
    /// <item>text with no letter or digit at all (<c>-</c>, <c>...</c>, <c>…</c>, <c>?</c>, <c>???</c>, <c>***</c>);</item>
    /// <item>text that starts with <c>...</c>, <c>…</c> or <c>?</c>;</item>
    /// <item>text that starts with a marker word — <c>TODO</c>, <c>TBD</c>, <c>TBA</c>, <c>TBC</c>, <c>FIXME</c>,
    /// <c>XXX</c>, <c>placeholder</c>, <c>lorem ipsum</c>, <c>changeme</c>/<c>change me</c>, <c>to be
    /// determined</c>/<c>defined</c>/<c>confirmed</c>/<c>announced</c> — in any case, possibly inside a leading
    /// <c>[</c> or <c>(</c> (<c>[TODO]</c>, <c>(TBD)</c>), when the marker ends the text or is followed by whitespace,
    /// punctuation, or a dash that is followed by whitespace or the end (<c>TODO: owner</c>, <c>TBD - ask legal</c>).
    /// A marker glued to more letters, digits, <c>_</c> or a hyphenated word is not one: <c>TODOS</c>, <c>XXXL</c>,
    /// <c>Todo-list assistant</c> and <c>XXX-large images</c> are real text;</item>
    /// <item>text whose letters are all <c>x</c>, at least three (<c>XXXX-XXXX</c>, <c>xxx@xxx.xx</c>);</item>
    /// <item>text that starts with a template: <c>&lt;owner&gt;</c>, <c>&lt;TODO&gt;</c> (angle brackets around text that
    /// starts with a letter or <c>_</c>), <c>{owner}</c>, <c>{{owner}}</c>, <c>${OWNER}</c>, <c>{0}</c> (braces around a
    /// name or number);</item>
    /// <item>square brackets around the whole text (<c>[Your name]</c>);</item>
    /// <item>exactly <c>N/A</c>, <c>n.a.</c>, <c>null</c> or <c>undefined</c> in any case (only as the whole text, so
    /// "N/A for batch jobs" is real text).</item>
    /// </list>
    /// Markers in the middle of text are not placeholders ("Responds to TODO-list questions"). When true,
    /// <paramref name="reason"/> names what was found (for example <c>'TODO: add owner' starts with the placeholder marker
    /// 'TODO'</c>); null when false. Never throws.
    /// </summary>
    public static bool IsPlaceholder(string? text, out string? reason)
    {
        reason = null;
        if (text is null || text.Length == 0)
        {
            reason = "the text is empty";
            return true;
        }

        var start = 0;
        var end = text.Length;
        while (start < end && ValidationText.IsBlank(text[start]))
        {
            start++;
        }

        while (end > start && ValidationText.IsBlank(text[end - 1]))
        {
            end--;
        }

        if (start == end)
        {
            reason = "the text is only whitespace";
            return true;
        }

        string Quoted() => ValidationText.Quote(text.Substring(start, end - start));
        var length = end - start;
        foreach (var marker in WholeMarkers)
        {
            if (ValidationText.EqualsIgnoreCase(text, start, length, marker))
            {
                reason = Quoted() + " is a placeholder";
                return true;
            }
        }

        if (!HasLetterOrDigit(text, start, end, out var onlyX))
        {
            reason = StartsWithDotsOrQuestion(text, start, end, out var symbol)
                ? Quoted() + " is the placeholder '" + symbol + "'"
                : Quoted() + " has no letters or digits";
            return true;
        }

        if (StartsWithDotsOrQuestion(text, start, end, out var leading))
        {
            reason = Quoted() + " starts with the placeholder marker '" + leading + "'";
            return true;
        }

        var markerStart = start;
        while (markerStart < end && (text[markerStart] == '[' || text[markerStart] == '(' || text[markerStart] == ' '))
        {
            markerStart++;
        }

        foreach (var marker in WordMarkers)
        {
            if (ValidationText.StartsWithIgnoreCase(text, markerStart, marker) && MarkerEnds(text, markerStart + marker.Length, end, marker))
            {
                var found = text.Substring(markerStart, marker.Length);
                reason = Quoted() + " starts with the placeholder marker " + ValidationText.Quote(found);
                return true;
            }
        }

        if (onlyX)
        {
            reason = Quoted() + " is a run of x's, a placeholder";
            return true;
        }

        if (markerStart > start && StartsWithDotsOrQuestion(text, markerStart, end, out var bracketed))
        {
            reason = Quoted() + " starts with the placeholder marker '" + bracketed + "'";
            return true;
        }

        var templateLength = TemplateLength(text, start, end);
        if (templateLength > 0)
        {
            var template = text.Substring(start, templateLength);
            reason = templateLength == length
                ? Quoted() + " is a template placeholder"
                : Quoted() + " starts with the template placeholder " + ValidationText.Quote(template);
            return true;
        }

        if (text[start] == '[' && text[end - 1] == ']' && text.IndexOf(']', start) == end - 1)
        {
            reason = Quoted() + " is a template placeholder";
            return true;
        }

        return false;
    }

    private static bool HasLetterOrDigit(string text, int start, int end, out bool onlyX)
    {
        var any = false;
        var xs = 0;
        onlyX = true;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                any = true;
                if (c == 'x' || c == 'X')
                {
                    xs++;
                }
                else
                {
                    onlyX = false;
                }
            }
            else if (char.IsSurrogate(c) && char.IsLetterOrDigit(text, i) && i + 1 < end)
            {
                any = true;
                onlyX = false;
                i++;
            }
        }

        onlyX = onlyX && xs >= 3;
        return any;
    }

    private static bool StartsWithDotsOrQuestion(string text, int start, int end, out string symbol)
    {
        symbol = string.Empty;
        if (start >= end)
        {
            return false;
        }

        if (text[start] == '…')
        {
            symbol = "…";
        }
        else if (text[start] == '?')
        {
            symbol = "?";
        }
        else if (end - start >= 3 && text[start] == '.' && text[start + 1] == '.' && text[start + 2] == '.')
        {
            symbol = "...";
        }

        return symbol.Length > 0;
    }

    /// <summary>True when a marker that ends at <paramref name="next"/> stands alone rather than starting a longer word.</summary>
    private static bool MarkerEnds(string text, int next, int end, string marker)
    {
        if (next >= end)
        {
            return true;
        }

        var c = text[next];

        // "XXXX" is still the XXX marker.
        if (marker == "XXX")
        {
            while (next < end && (text[next] == 'x' || text[next] == 'X'))
            {
                next++;
            }

            if (next >= end)
            {
                return true;
            }

            c = text[next];
        }

        if (c == '-')
        {
            // "TODO - owner", "TODO--", "TODO-" are markers; "Todo-list" and "XXX-large" are words.
            var after = next + 1;
            while (after < end && text[after] == '-')
            {
                after++;
            }

            return after >= end || char.IsWhiteSpace(text[after]) || after > next + 1;
        }

        if (c == '_' || c == '\'' || char.IsLetterOrDigit(c) || char.IsSurrogate(c))
        {
            return false;
        }

        return true;
    }

    /// <summary>The length of a template at <paramref name="start"/> (<c>&lt;owner&gt;</c>, <c>{owner}</c>, <c>{{x}}</c>, <c>${X}</c>), or 0.</summary>
    private static int TemplateLength(string text, int start, int end)
    {
        const int MaxContent = 64;
        var c = text[start];
        if (c == '<')
        {
            var close = text.IndexOf('>', start + 1, System.Math.Min(end - start - 1, MaxContent + 1));
            if (close < 0 || close == start + 1)
            {
                return 0;
            }

            var first = text[start + 1];
            if (!char.IsLetter(first) && first != '_')
            {
                return 0;
            }

            return text.IndexOf('<', start + 1, close - start - 1) >= 0 ? 0 : close - start + 1;
        }

        var open = start;
        if (c == '$' && start + 1 < end && text[start + 1] == '{')
        {
            open++;
        }
        else if (c != '{')
        {
            return 0;
        }

        var braces = 0;
        while (open + braces < end && text[open + braces] == '{')
        {
            braces++;
        }

        var contentStart = open + braces;
        var pos = contentStart;
        while (pos < end && pos - contentStart <= MaxContent && IsTemplateNameChar(text[pos]))
        {
            pos++;
        }

        if (pos == contentStart || pos >= end || !char.IsLetterOrDigit(text[contentStart]) && text[contentStart] != '_')
        {
            return 0;
        }

        for (var i = 0; i < braces; i++)
        {
            if (pos >= end || text[pos] != '}')
            {
                return 0;
            }

            pos++;
        }

        return pos - start;
    }

    private static bool IsTemplateNameChar(char c) =>
        char.IsLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == ' ' || c == ':';
}
