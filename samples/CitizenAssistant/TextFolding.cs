using System.Globalization;
using System.Text;

namespace CitizenAssistant;

/// <summary>Puts text in the one form that keyword matching, language detection and the guards compare.</summary>
public static class TextFolding
{
    /// <summary>
    /// Lower case; compatibility forms unified (full-width <c>ＩＤ</c> becomes <c>id</c>); accents removed from Latin
    /// letters only, so Vietnamese typed with or without diacritics matches, while Thai vowel and tone marks stay;
    /// punctuation turned into single spaces; one space at each end, so that <c>" word "</c> finds whole words.
    /// </summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length + 2).Append(' ');
        var afterLatinLetter = false;
        var afterSpace = true;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                if (!afterLatinLetter)
                {
                    builder.Append(c);
                }

                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var letter = c == 'đ' ? 'd' : c;
                builder.Append(letter);
                afterLatinLetter = IsLatin(letter);
                afterSpace = false;
            }
            else if (!afterSpace)
            {
                builder.Append(' ');
                afterSpace = true;
                afterLatinLetter = false;
            }
        }

        if (!afterSpace)
        {
            builder.Append(' ');
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Whether <paramref name="folded"/> contains <paramref name="phrase"/> (also folded): as whole words in scripts that
    /// separate words with spaces, anywhere in Thai and Japanese.
    /// </summary>
    public static bool ContainsPhrase(string folded, string phrase) =>
        WritesWithoutSpaces(phrase) ? folded.Contains(phrase.Trim(), StringComparison.Ordinal) : folded.Contains(phrase, StringComparison.Ordinal);

    /// <summary>Thai and Japanese do not put spaces between words.</summary>
    public static bool WritesWithoutSpaces(string text) => text.Any(c => IsThai(c) || IsJapanese(c));

    public static bool IsThai(char c) => c is >= '\u0E00' and <= '\u0E7F';

    public static bool IsJapanese(char c) => c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF';

    private static bool IsLatin(char c) => c <= '\u024F' || c is >= '\u1E00' and <= '\u1EFF';
}
