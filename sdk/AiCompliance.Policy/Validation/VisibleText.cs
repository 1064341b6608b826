using System.Globalization;

namespace AiCompliance.Policy.Validation;

/// <summary>
/// Whether a text shows anything to a reader. An approver, a justification, an owner or any free-text declaration
/// written only with characters that render as nothing (spaces, zero-width and bidi format characters, control
/// characters, combining marks with no base, the Hangul and Braille fillers) is no value at all: it must never make a
/// declaration "declared" or an acceptance valid, however many characters it has.
/// </summary>
public static class VisibleText
{
    /// <summary>True when <paramref name="text"/> has at least one visible character; false for null and empty text.</summary>
    public static bool HasVisibleContent(string? text)
    {
        if (text is null)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (IsVisibleAt(text, i))
            {
                return true;
            }

            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }

        return false;
    }

    /// <summary>True when the character (or surrogate pair) at <paramref name="index"/> renders as a visible glyph.</summary>
    internal static bool IsVisibleAt(string text, int index)
    {
        var c = text[index];
        if (IsFiller(c))
        {
            return false;
        }

        // Letters, digits, punctuation and symbols show; separators, controls, format characters, surrogates without
        // a partner, private-use and unassigned code points do not, and a mark only shows on a base character.
        return CharUnicodeInfo.GetUnicodeCategory(text, index) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
            UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
                or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
                or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation => true,
            UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol
                or UnicodeCategory.OtherSymbol => true,
            _ => false,
        };
    }

    // Code points Unicode classifies as letters or symbols although they render blank: the Hangul fillers (used to
    // pad names in Korean input methods), the halfwidth Hangul filler, the Braille blank and the Khmer inherent vowels.
    internal static bool IsFiller(char c) =>
        c is '\u115F' or '\u1160' or '\u3164' or '\uFFA0' or '\u2800' or '\u17B4' or '\u17B5';
}
