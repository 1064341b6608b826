using System;
using System.Collections.Generic;

namespace AiCompliance.Policy.Validation;

/// <summary>SPDX license expressions, as <c>[AiModel(License = …)]</c> and <c>[Dataset(License = …)]</c> take them.</summary>
public static class SpdxExpression
{
    /// <summary>
    /// True when <paramref name="expression"/> is a valid SPDX license expression per SPDX 2.3 annex D:
    /// <list type="bullet">
    /// <item>a license id from the SPDX License List (<see cref="SpdxLicenseList"/>, matched case-insensitively), optionally
    /// followed directly by <c>+</c> (<c>LGPL-2.1+</c>);</item>
    /// <item><c>LicenseRef-</c><i>idstring</i> or <c>DocumentRef-</c><i>idstring</i><c>:LicenseRef-</c><i>idstring</i>, where
    /// an idstring is one or more ASCII letters, digits, <c>-</c> and <c>.</c>;</item>
    /// <item><i>license</i> <c>WITH</c> <i>exception</i>, where the exception is on the SPDX exceptions list (unknown
    /// exceptions are reported) or is an SPDX 3 <c>AdditionRef-</c><i>idstring</i> (optionally with a
    /// <c>DocumentRef-</c>…<c>:</c> prefix). The left side of <c>WITH</c> is a single license, not a parenthesised
    /// expression;</item>
    /// <item>expressions joined with <c>AND</c> and <c>OR</c> and grouped with parentheses (precedence does not matter for
    /// validity).</item>
    /// </list>
    /// The operators <c>AND</c>, <c>OR</c> and <c>WITH</c> must be uppercase (SPDX 2.3 D.2: operators are case-sensitive).
    /// Tokens are separated by spaces, tabs or line breaks; parentheses need no spaces around them; the expression must not
    /// start or end with whitespace. When false, <paramref name="reason"/> says why (for example <c>the operator 'and' must
    /// be uppercase (AND): SPDX operators are case-sensitive</c>, <c>'Apache2' is not on the SPDX License List; use
    /// 'Apache-2.0'</c>); null when valid. Never throws.
    /// </summary>
    public static bool IsValid(string? expression, out string? reason)
    {
        reason = null;
        if (expression is null || expression.Length == 0 || ValidationText.IsBlankOnly(expression))
        {
            reason = "the license expression is empty";
            return false;
        }

        if (ValidationText.HasSurroundingWhitespace(expression))
        {
            reason = ValidationText.Quote(expression) + " has leading or trailing whitespace";
            return false;
        }

        // "CC BY 4.0", "Apache 2.0": a license name typed with spaces where the SPDX id has hyphens.
        if (expression.IndexOf(' ') >= 0 && SpdxLicenseList.CanonicalLicenseId(expression.Trim().Replace(' ', '-')) is { } dashed)
        {
            reason = ValidationText.Quote(expression) + " is not an SPDX id; SPDX ids use '-' instead of spaces: '" + dashed + "'";
            return false;
        }

        return Parse(expression, out reason);
    }

    /// <summary>
    /// The expression <paramref name="expression"/> was meant to be, when it is invalid but every part of it has exactly
    /// one valid spelling: surrounding whitespace removed, operators in uppercase (<c>MIT or Apache-2.0</c> →
    /// <c>MIT OR Apache-2.0</c>), ids in the SPDX List's casing (<c>apache-2.0</c> → <c>Apache-2.0</c>), an id typed with
    /// spaces for hyphens (<c>CC BY 4.0</c> → <c>CC-BY-4.0</c>, <c>Apache 2.0</c> → <c>Apache-2.0</c>), and the common
    /// spellings whose hint names a single id (<c>Apache2</c>, <c>ASL-2.0</c> → <c>Apache-2.0</c>; <c>CC0</c> →
    /// <c>CC0-1.0</c>; <c>MPL2</c> → <c>MPL-2.0</c>). Null when the expression is valid (ids are case-insensitive, so
    /// <c>mit</c> alone is valid and has no suggestion), empty, or needs a decision: a version or variant to choose
    /// (<c>GPLv3</c>: only or or-later; <c>BSD</c>; <c>Apache</c>), terms that are not on the list (<c>Proprietary</c>,
    /// <c>Foo</c>), or separators whose meaning is a choice between AND and OR (<c>/</c>, <c>,</c>). Never throws.
    /// </summary>
    public static string? Suggest(string? expression)
    {
        if (expression is null || ValidationText.IsBlankOnly(expression) || IsValid(expression, out _))
        {
            return null;
        }

        var text = expression.Trim();

        // The whole value is one id typed with spaces ("GPL 2.0 or later" is GPL-2.0-or-later, not GPL-2.0 OR later).
        if (text.IndexOf(' ') >= 0 && SpdxLicenseList.CanonicalLicenseId(text.Replace(' ', '-')) is { } dashed)
        {
            return dashed;
        }

        var corrected = new System.Text.StringBuilder(text.Length);
        var afterWith = false;
        var pos = 0;
        while (pos < text.Length)
        {
            var c = text[pos];
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '(' || c == ')')
            {
                corrected.Append(c);
                pos++;
                continue;
            }

            var start = pos;
            pos = WordEnd(text, pos);
            if (pos == start)
            {
                return null; // '/', ',', ';' and the like: AND or OR is for a person to choose.
            }

            var op = Operator(text, start, pos - start);
            if (op is not null)
            {
                corrected.Append(op);
                afterWith = op == "WITH";
                continue;
            }

            var word = text.Substring(start, pos - start);
            if (afterWith)
            {
                corrected.Append(SpdxLicenseList.CanonicalExceptionId(word) ?? word);
                afterWith = false;
                continue;
            }

            var replacement = LicenseSpelling(word);
            if (replacement is null)
            {
                // An id typed with spaces inside a larger expression: "CC BY 4.0 AND MIT". Join the longest run of the
                // following words (not operators, on the same line) that spells an id.
                var words = new List<(string Word, int End)> { (word, pos) };
                var next = pos;
                while (words.Count < 6)
                {
                    var wordStart = next;
                    while (wordStart < text.Length && (text[wordStart] == ' ' || text[wordStart] == '\t'))
                    {
                        wordStart++;
                    }

                    var wordEnd = WordEnd(text, wordStart);
                    if (wordStart == next || wordEnd == wordStart || Operator(text, wordStart, wordEnd - wordStart) is not null)
                    {
                        break;
                    }

                    words.Add((text.Substring(wordStart, wordEnd - wordStart), wordEnd));
                    next = wordEnd;
                }

                for (var count = words.Count; count >= 2 && replacement is null; count--)
                {
                    var joined = new System.Text.StringBuilder(word);
                    for (var i = 1; i < count; i++)
                    {
                        joined.Append('-').Append(words[i].Word);
                    }

                    replacement = LicenseSpelling(joined.ToString());
                    if (replacement is not null)
                    {
                        pos = words[count - 1].End;
                    }
                }
            }

            corrected.Append(replacement ?? word);
        }

        var suggestion = corrected.ToString();
        return IsValid(suggestion, out _) ? suggestion : null;
    }

    /// <summary>
    /// The one valid spelling of a single license term: a reference as written, an id (with its <c>+</c>) in the List's
    /// casing, or the id a hint names; null when there is none.
    /// </summary>
    private static string? LicenseSpelling(string word)
    {
        if (IsReference(word, "LicenseRef-", out var problem))
        {
            return problem is null ? word : null;
        }

        var plus = word.Length > 1 && word[word.Length - 1] == '+';
        var id = plus ? word.Substring(0, word.Length - 1) : word;
        if (SpdxLicenseList.CanonicalLicenseId(id) is { } canonical)
        {
            return plus ? canonical + "+" : canonical;
        }

        return !plus && Hints.TryGetValue(word, out var hint) ? hint.Replacement : null;
    }

    private static int WordEnd(string text, int pos)
    {
        while (pos < text.Length && IsWordChar(text[pos]))
        {
            pos++;
        }

        return pos;
    }

    private enum Expect
    {
        Operand,
        OperatorAfterLicense,
        OperatorAfterGroup,
        OperatorAfterWith,
        Exception,
    }

    private static bool Parse(string text, out string? reason)
    {
        reason = null;
        var expect = Expect.Operand;
        var depth = 0;
        var lastOperator = string.Empty;
        var pos = 0;
        while (pos < text.Length)
        {
            var c = text[pos];
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            {
                pos++;
                continue;
            }

            if (c == '(')
            {
                if (expect != Expect.Operand)
                {
                    reason = ValidationText.Quote(text) + ": expected AND, OR or WITH before '('";
                    return false;
                }

                depth++;
                pos++;
                continue;
            }

            if (c == ')')
            {
                if (expect == Expect.Operand || expect == Expect.Exception)
                {
                    reason = ValidationText.Quote(text) + (lastOperator.Length == 0
                        ? " has empty parentheses"
                        : ": '" + lastOperator + "' needs " + (expect == Expect.Exception ? "an exception" : "a license") + " after it");
                    return false;
                }

                if (depth == 0)
                {
                    reason = ValidationText.Quote(text) + " has a ')' without a matching '('";
                    return false;
                }

                depth--;
                expect = Expect.OperatorAfterGroup;
                pos++;
                continue;
            }

            var start = pos;
            while (pos < text.Length && IsWordChar(text[pos]))
            {
                pos++;
            }

            if (pos == start)
            {
                reason = InvalidCharacter(text, pos);
                return false;
            }

            var length = pos - start;
            var op = Operator(text, start, length);
            if (op is not null)
            {
                if (string.CompareOrdinal(op, 0, text, start, length) != 0)
                {
                    reason = "the operator '" + text.Substring(start, length) + "' must be uppercase (" + op
                        + "): SPDX operators are case-sensitive";
                    return false;
                }

                if (op == "WITH")
                {
                    if (expect != Expect.OperatorAfterLicense)
                    {
                        reason = ValidationText.Quote(text) + (expect == Expect.OperatorAfterGroup
                            ? ": WITH applies to a single license, not to a parenthesised expression"
                            : expect == Expect.OperatorAfterWith
                                ? ": a license takes one WITH exception"
                                : ": WITH needs a license before it");
                        return false;
                    }

                    expect = Expect.Exception;
                }
                else
                {
                    if (expect == Expect.Operand || expect == Expect.Exception)
                    {
                        reason = ValidationText.Quote(text) + ": " + op + " needs a license before it";
                        return false;
                    }

                    expect = Expect.Operand;
                }

                lastOperator = op;
                continue;
            }

            if (expect == Expect.Exception)
            {
                if (!CheckException(text, start, length, out reason))
                {
                    return false;
                }

                expect = Expect.OperatorAfterWith;
                continue;
            }

            if (expect != Expect.Operand)
            {
                reason = ValidationText.Quote(text) + ": expected AND, OR or WITH between '" + Previous(text, start)
                    + "' and " + ValidationText.Quote(text, start, length);
                return false;
            }

            if (!CheckLicense(text, start, length, out reason))
            {
                return false;
            }

            expect = Expect.OperatorAfterLicense;
        }

        if (expect == Expect.Operand || expect == Expect.Exception)
        {
            reason = lastOperator.Length == 0
                ? ValidationText.Quote(text) + " has no license in it"
                : ValidationText.Quote(text) + " ends with '" + lastOperator + "'; it needs "
                    + (expect == Expect.Exception ? "an exception" : "a license") + " after it";
            return false;
        }

        if (depth > 0)
        {
            reason = ValidationText.Quote(text) + " has a '(' without a matching ')'";
            return false;
        }

        return true;
    }

    private static bool CheckLicense(string text, int start, int length, out string? reason)
    {
        reason = null;
        var word = text.Substring(start, length);
        if (IsReference(word, "LicenseRef-", out var referenceProblem))
        {
            reason = referenceProblem is null ? null : ValidationText.Quote(word) + referenceProblem;
            return referenceProblem is null;
        }

        if (IsReference(word, "AdditionRef-", out _))
        {
            reason = ValidationText.Quote(word) + " is a license addition; it follows WITH";
            return false;
        }

        if (word.IndexOf(':') >= 0)
        {
            reason = ValidationText.Quote(word) + " is not a reference of the form DocumentRef-id:LicenseRef-id";
            return false;
        }

        var plus = word.IndexOf('+');
        if (plus >= 0 && plus != word.Length - 1)
        {
            reason = ValidationText.Quote(word) + ": '+' goes only at the end of a license id";
            return false;
        }

        if (SpdxLicenseList.IsLicenseId(word) || (plus > 0 && SpdxLicenseList.IsLicenseId(word.Substring(0, plus))))
        {
            return true;
        }

        reason = UnknownLicense(word, plus >= 0 ? word.Substring(0, plus) : word);
        return false;
    }

    private static string UnknownLicense(string word, string id)
    {
        var quoted = ValidationText.Quote(word);
        if (id.Length == 0)
        {
            return quoted + ": '+' needs a license id before it";
        }

        if (SpdxLicenseList.IsExceptionId(id))
        {
            return quoted + " is a license exception, not a license; it follows WITH (for example 'GPL-2.0-or-later WITH "
                + SpdxLicenseList.CanonicalExceptionId(id) + "')";
        }

        if (string.Equals(id, "NOASSERTION", StringComparison.OrdinalIgnoreCase) || string.Equals(id, "NONE", StringComparison.OrdinalIgnoreCase))
        {
            return quoted + " is an SPDX document value, not a license expression; name the license, or use LicenseRef-… for one that is not on the SPDX list";
        }

        if (Hints.TryGetValue(id, out var hint))
        {
            return quoted + " is not on the SPDX License List; " + hint.Advice;
        }

        return quoted + " is not on the SPDX License List (" + SpdxLicenseList.Version + "); use LicenseRef-" + ValidationText.Display(id)
            + " for an unlisted license";
    }

    private static bool CheckException(string text, int start, int length, out string? reason)
    {
        reason = null;
        var word = text.Substring(start, length);
        if (IsReference(word, "AdditionRef-", out var referenceProblem))
        {
            reason = referenceProblem is null ? null : ValidationText.Quote(word) + referenceProblem;
            return referenceProblem is null;
        }

        if (SpdxLicenseList.IsExceptionId(word))
        {
            return true;
        }

        var plus = word.IndexOf('+');
        var id = plus >= 0 ? word.Substring(0, plus) : word;
        if (SpdxLicenseList.IsLicenseId(id) || IsReference(word, "LicenseRef-", out _))
        {
            reason = ValidationText.Quote(word) + " is a license, not a license exception; WITH takes an exception from the SPDX exceptions list";
            return false;
        }

        reason = ValidationText.Quote(word) + " is not on the SPDX license exceptions list (" + SpdxLicenseList.Version + ")";
        return false;
    }

    /// <summary>
    /// True when <paramref name="word"/> is a reference of the given kind: <c>{kind}idstring</c> or
    /// <c>DocumentRef-idstring:{kind}idstring</c> (prefixes in any case). <paramref name="problem"/> is null when the
    /// reference is well-formed, else what is wrong with it.
    /// </summary>
    private static bool IsReference(string word, string kind, out string? problem)
    {
        problem = null;
        var colon = word.IndexOf(':');
        var referenceStart = colon + 1;
        if (!ValidationText.StartsWithIgnoreCase(word, referenceStart, kind))
        {
            return false;
        }

        if (colon >= 0 && (!ValidationText.StartsWithIgnoreCase(word, 0, "DocumentRef-") || !IsIdString(word, 12, colon - 12)))
        {
            problem = " is not of the form DocumentRef-id:" + kind + "id (ids use letters, digits, '-' and '.')";
            return true;
        }

        var idStart = referenceStart + kind.Length;
        if (!IsIdString(word, idStart, word.Length - idStart))
        {
            problem = word.IndexOf('+') >= 0
                ? ": '+' applies only to SPDX license ids, not to " + kind
                : ": " + kind + " needs an id of letters, digits, '-' and '.'";
        }

        return true;
    }

    private static bool IsIdString(string text, int start, int length)
    {
        if (length <= 0)
        {
            return false;
        }

        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            if (!ValidationText.IsAsciiLetterOrDigit(c) && c != '-' && c != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static string? Operator(string text, int start, int length)
    {
        if (ValidationText.EqualsIgnoreCase(text, start, length, "AND"))
        {
            return "AND";
        }

        if (ValidationText.EqualsIgnoreCase(text, start, length, "OR"))
        {
            return "OR";
        }

        return ValidationText.EqualsIgnoreCase(text, start, length, "WITH") ? "WITH" : null;
    }

    private sealed class Hint
    {
        private Hint(string advice, string? replacement)
        {
            Advice = advice;
            Replacement = replacement;
        }

        /// <summary>The end of the reason: what to write instead.</summary>
        public string Advice { get; }

        /// <summary>The one id to write, when the advice names exactly one.</summary>
        public string? Replacement { get; }

        public static Hint Use(string id) => new("use '" + id + "'", id);

        public static Hint Advise(string advice) => new(advice, null);
    }

    private static bool IsWordChar(char c) => ValidationText.IsAsciiLetterOrDigit(c) || c == '-' || c == '.' || c == '+' || c == ':';

    private static string InvalidCharacter(string text, int index)
    {
        var c = text[index];
        var described = ValidationText.DescribeChar(text, index);
        var hint = c switch
        {
            '/' or '|' => "; use OR between alternatives",
            ',' or '&' or ';' => "; use AND (all apply) or OR (a choice)",
            _ => "; SPDX expressions use ASCII letters, digits, '-', '.', '+', ':', parentheses and spaces",
        };
        return ValidationText.Quote(text) + " contains " + described + hint;
    }

    /// <summary>The word before <paramref name="start"/> (skipping whitespace and parentheses), for reasons.</summary>
    private static string Previous(string text, int start)
    {
        var end = start - 1;
        while (end >= 0 && !IsWordChar(text[end]))
        {
            end--;
        }

        var begin = end;
        while (begin > 0 && IsWordChar(text[begin - 1]))
        {
            begin--;
        }

        return end < 0 ? string.Empty : ValidationText.Display(text.Substring(begin, end - begin + 1));
    }

    // Common non-SPDX spellings and what to write instead. Hint.Use names the one id to write (Suggest offers it);
    // Hint.Advise is for spellings with several possible answers (a version or variant to choose), which Suggest leaves
    // to a person.
    private static readonly Dictionary<string, Hint> Hints = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Apache2"] = Hint.Use("Apache-2.0"),
        ["Apache-2"] = Hint.Use("Apache-2.0"),
        ["Apache2.0"] = Hint.Use("Apache-2.0"),
        ["Apache"] = Hint.Advise("use 'Apache-2.0' (or the version that applies)"),
        ["ASL-2.0"] = Hint.Use("Apache-2.0"),
        ["GPL"] = Hint.Advise("name the version: 'GPL-2.0-only', 'GPL-2.0-or-later', 'GPL-3.0-only' or 'GPL-3.0-or-later'"),
        ["GPLv2"] = Hint.Advise("use 'GPL-2.0-only' or 'GPL-2.0-or-later'"),
        ["GPL2"] = Hint.Advise("use 'GPL-2.0-only' or 'GPL-2.0-or-later'"),
        ["GPLv3"] = Hint.Advise("use 'GPL-3.0-only' or 'GPL-3.0-or-later'"),
        ["GPL3"] = Hint.Advise("use 'GPL-3.0-only' or 'GPL-3.0-or-later'"),
        ["LGPL"] = Hint.Advise("name the version: for example 'LGPL-2.1-only' or 'LGPL-3.0-or-later'"),
        ["LGPLv2.1"] = Hint.Advise("use 'LGPL-2.1-only' or 'LGPL-2.1-or-later'"),
        ["LGPLv3"] = Hint.Advise("use 'LGPL-3.0-only' or 'LGPL-3.0-or-later'"),
        ["AGPL"] = Hint.Advise("use 'AGPL-3.0-only' or 'AGPL-3.0-or-later'"),
        ["AGPLv3"] = Hint.Advise("use 'AGPL-3.0-only' or 'AGPL-3.0-or-later'"),
        ["MPL"] = Hint.Advise("use 'MPL-2.0' (or the version that applies)"),
        ["MPL2"] = Hint.Use("MPL-2.0"),
        ["BSD"] = Hint.Advise("name the variant: for example 'BSD-2-Clause' or 'BSD-3-Clause'"),
        ["CC-BY"] = Hint.Advise("name the version: for example 'CC-BY-4.0'"),
        ["CC0"] = Hint.Use("CC0-1.0"),
        ["Proprietary"] = Hint.Advise("use a LicenseRef-… id for your own terms, for example 'LicenseRef-Proprietary'"),
        ["Commercial"] = Hint.Advise("use a LicenseRef-… id for your own terms, for example 'LicenseRef-Commercial'"),
        ["PublicDomain"] = Hint.Advise("use 'CC0-1.0' or 'Unlicense' if that is what applies, or a LicenseRef-… id"),
        ["Public-Domain"] = Hint.Advise("use 'CC0-1.0' or 'Unlicense' if that is what applies, or a LicenseRef-… id"),
    };
}
