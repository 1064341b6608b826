using System;
using System.Collections.Generic;

namespace AiCompliance.Policy.Validation;

/// <summary>
/// BCP 47 (RFC 5646) language tags, as <c>[SupportedLanguages]</c> takes them. The subtag lists are in
/// LanguageTag.Data.cs, generated from the IANA Language Subtag Registry (see regenerate_data.py).
/// </summary>
public static partial class LanguageTag
{
    /// <summary>
    /// True when <paramref name="tag"/> is a valid BCP 47 language tag, matched case-insensitively as RFC 5646 says:
    /// <list type="bullet">
    /// <item>well-formed per RFC 5646 section 2.1: <c>language[-extlang][-script][-region]*(-variant)*(-extension)[-x-privateuse]</c>,
    /// or a private-use tag (<c>x-…</c>), or one of the 26 grandfathered tags (<c>i-klingon</c>, <c>zh-min-nan</c>…);</item>
    /// <item>the primary language is in the IANA registry and not deprecated: an ISO 639-1 code (<c>vi</c>, <c>ja</c>), or an
    /// ISO 639-2/3/5 code of a language that has no ISO 639-1 code (<c>fil</c>, <c>ceb</c>, <c>yue</c>, <c>ain</c>), or the
    /// private-use range <c>qaa</c>–<c>qtz</c>. A three-letter code of a language that has a two-letter one (<c>eng</c>,
    /// <c>khm</c>) is invalid, because BCP 47 uses the two-letter code;</item>
    /// <item>an extended language subtag is registered and follows its prefix (<c>zh-yue</c>, <c>ms-zsm</c>), at most one;</item>
    /// <item>the script is an ISO 15924 code (<c>Latn</c>, <c>Hant</c>) or in the private-use range <c>Qaaa</c>–<c>Qabx</c>;</item>
    /// <item>the region is an officially assigned ISO 3166-1 alpha-2 code (see <see cref="RegionCode"/>; so not <c>UK</c>
    /// or <c>EU</c>) or a UN M.49 area code the registry lists (<c>419</c>, <c>150</c>);</item>
    /// <item>variants are registered (<c>valencia</c>, <c>hepburn</c>) and not repeated; extension singletons are not
    /// repeated (extension and private-use contents are checked for form only).</item>
    /// </list>
    /// When false, <paramref name="reason"/> says why (for example <c>'en_US' uses '_'; BCP 47 uses '-' (en-US)</c>,
    /// <c>'xx' is not an ISO 639 language code</c>); null when valid. Never throws.
    /// </summary>
    public static bool IsValid(string? tag, out string? reason) => Check(tag, validate: true, out reason);

    /// <summary>
    /// True when <paramref name="tag"/> is well-formed per RFC 5646 section 2.1 (the syntax alone: any subtag of the right
    /// shape, registered or not). <paramref name="reason"/> as for <see cref="IsValid"/>. Never throws.
    /// </summary>
    public static bool IsWellFormed(string? tag, out string? reason) => Check(tag, validate: false, out reason);

    /// <summary>
    /// The tag in BCP 47's canonical casing (RFC 5646 section 2.1.1), for model cards: everything lowercase except
    /// two-letter region subtags (uppercase) and four-letter script subtags (titlecase), and subtags after a singleton stay
    /// lowercase: <c>EN-us</c> → <c>en-US</c>, <c>zh-hant-tw</c> → <c>zh-Hant-TW</c>. Only the case changes (no
    /// replacement of deprecated subtags). Null when the tag is not valid (<see cref="IsValid"/>).
    /// </summary>
    public static string? Normalize(string? tag) => tag is not null && IsValid(tag, out _) ? CanonicalCase(tag) : null;

    /// <summary>
    /// The tag <paramref name="tag"/> was meant to be, in canonical casing, when it is invalid in a way that has exactly
    /// one valid correction: surrounding whitespace removed, <c>_</c> written as <c>-</c> (<c>en_US</c> → <c>en-US</c>),
    /// the legacy .NET names <c>zh-CHS</c> and <c>zh-CHT</c> (<c>zh-Hans</c>, <c>zh-Hant</c>), a language name the
    /// validator knows (<c>English</c> → <c>en</c>), a three-letter language code that has a two-letter one
    /// (<c>eng</c> → <c>en</c>), a deprecated language code that has a preferred value (<c>iw</c> → <c>he</c>), and a
    /// region written as something <see cref="RegionCode.Suggest"/> corrects or as an alpha-3 or numeric country code
    /// (<c>en-UK</c> → <c>en-GB</c>, <c>en-USA</c> → <c>en-US</c>). Null when the tag is valid (casing alone is not an
    /// error; see <see cref="Normalize"/>), empty, or has no single correction (<c>jp</c>, <c>en-EU</c>, a retired
    /// code). Never throws.
    /// </summary>
    public static string? Suggest(string? tag)
    {
        if (tag is null || ValidationText.IsBlankOnly(tag) || IsValid(tag, out _))
        {
            return null;
        }

        var candidate = tag.Trim().Replace('_', '-');
        if (candidate.Length == 6 && (ValidationText.EqualsIgnoreCase(candidate, 0, 6, "zh-CHS") || ValidationText.EqualsIgnoreCase(candidate, 0, 6, "zh-CHT")))
        {
            candidate = ValidationText.ToLowerAscii(candidate[5]) == 's' ? "zh-Hans" : "zh-Hant";
        }
        else if (IsLanguageName(candidate, out var code))
        {
            candidate = code;
        }
        else if (!Data.Grandfathered.Contains(candidate))
        {
            candidate = CorrectSubtags(candidate);
        }

        return IsValid(candidate, out _) ? CanonicalCase(candidate) : null;
    }

    /// <summary>True for a UN M.49 area code the registry lists as a region subtag (<c>001</c>, <c>150</c>, <c>419</c>).</summary>
    internal static bool IsNumericArea(string text, int start, int length) => length == 3 && Data.NumericRegions.Contains(text, start, length);

    private enum Position
    {
        Extlang,
        Script,
        Region,
        Variant,
        Extension,
        PrivateUse,
    }

    private static bool Check(string? tag, bool validate, out string? reason)
    {
        reason = null;
        if (tag is null || tag.Length == 0 || ValidationText.IsBlankOnly(tag))
        {
            reason = "the language tag is empty";
            return false;
        }

        if (ValidationText.HasSurroundingWhitespace(tag))
        {
            reason = ValidationText.Quote(tag) + " has leading or trailing whitespace";
            return false;
        }

        var underscore = false;
        for (var i = 0; i < tag.Length; i++)
        {
            var c = tag[i];
            if (c == '_')
            {
                underscore = true;
            }
            else if (!ValidationText.IsAsciiLetterOrDigit(c) && c != '-')
            {
                reason = ValidationText.Quote(tag) + " contains " + ValidationText.DescribeChar(tag, i)
                    + "; language tags use only ASCII letters, digits and '-'";
                return false;
            }
        }

        if (underscore)
        {
            var dashed = tag.Replace('_', '-');
            reason = ValidationText.Quote(tag) + " uses '_'; BCP 47 uses '-'"
                + (Check(dashed, validate, out _) ? " (" + CanonicalCase(dashed) + ")" : string.Empty);
            return false;
        }

        if (Data.Grandfathered.Contains(tag))
        {
            return true;
        }

        if (tag.Length == 6 && (ValidationText.EqualsIgnoreCase(tag, 0, 6, "zh-CHS") || ValidationText.EqualsIgnoreCase(tag, 0, 6, "zh-CHT")))
        {
            reason = ValidationText.Quote(tag) + " is a legacy .NET culture name; BCP 47 uses "
                + (ValidationText.ToLowerAscii(tag[5]) == 's' ? "'zh-Hans'" : "'zh-Hant'");
            return false;
        }

        if (IsLanguageName(tag, out var code))
        {
            reason = ValidationText.Quote(tag) + " is a language name; use the ISO 639 code '" + code + "'";
            return false;
        }

        return Parse(tag, validate, out reason);
    }

    private static bool Parse(string tag, bool validate, out string? reason)
    {
        reason = null;
        var position = Position.Extlang;
        var languageLength = 0;
        var languageStart = 0;
        var extlangs = 0;
        var pendingSingleton = -1; // start of a singleton still waiting for its first subtag
        var privateUseSubtags = 0;
        long singletonsSeen = 0;
        List<long>? variants = null;

        var pos = 0;
        for (var index = 0; ; index++)
        {
            var start = pos;
            while (pos < tag.Length && tag[pos] != '-')
            {
                pos++;
            }

            var length = pos - start;
            if (length == 0)
            {
                reason = ValidationText.Quote(tag) + (start == 0 ? " starts with '-'" : start == tag.Length ? " ends with '-'" : " has an empty subtag ('--')");
                return false;
            }

            if (length > 8)
            {
                reason = Where(tag, start, length) + " is longer than 8 characters; subtags have 1 to 8";
                return false;
            }

            var letters = AllLetters(tag, start, length);
            if (index == 0)
            {
                if (length == 1)
                {
                    var first = ValidationText.ToLowerAscii(tag[start]);
                    if (first == 'x')
                    {
                        position = Position.PrivateUse;
                    }
                    else
                    {
                        reason = first == 'i'
                            ? ValidationText.Quote(tag) + " is not one of the registered 'i-' tags"
                            : ValidationText.Quote(tag) + " starts with the singleton '" + tag[start] + "'; a language tag starts with a language (2 or 3 letters)";
                        return false;
                    }
                }
                else if (!letters)
                {
                    reason = Where(tag, start, length) + " is not a language subtag; the language is 2 or 3 letters (ISO 639)";
                    return false;
                }
                else
                {
                    languageStart = start;
                    languageLength = length;
                    if (validate && !ValidateLanguage(tag, start, length, out reason))
                    {
                        return false;
                    }
                }
            }
            else if (position == Position.PrivateUse)
            {
                privateUseSubtags++;
            }
            else if (length == 1)
            {
                if (pendingSingleton >= 0)
                {
                    reason = SingletonNeedsSubtag(tag, pendingSingleton);
                    return false;
                }

                var singleton = ValidationText.ToLowerAscii(tag[start]);
                if (singleton == 'x')
                {
                    position = Position.PrivateUse;
                }
                else
                {
                    var bit = 1L << (ValidationText.IsAsciiDigit(singleton) ? singleton - '0' + 26 : singleton - 'a');
                    if (validate && (singletonsSeen & bit) != 0)
                    {
                        reason = ValidationText.Quote(tag) + " repeats the extension '" + singleton + "'";
                        return false;
                    }

                    singletonsSeen |= bit;
                    pendingSingleton = start;
                    position = Position.Extension;
                }
            }
            else if (position == Position.Extension)
            {
                pendingSingleton = -1;
            }
            else if (position == Position.Extlang && languageLength <= 3 && length == 3 && letters)
            {
                extlangs++;
                if (extlangs > 3)
                {
                    reason = ValidationText.Quote(tag) + " has more than three extended language subtags";
                    return false;
                }

                if (validate && !ValidateExtlang(tag, start, languageStart, languageLength, extlangs, out reason))
                {
                    return false;
                }
            }
            else if (position <= Position.Script && length == 4 && letters)
            {
                if (validate && !ValidateScript(tag, start, out reason))
                {
                    return false;
                }

                position = Position.Region;
            }
            else if (position <= Position.Region && ((length == 2 && letters) || (length == 3 && AllDigits(tag, start, length))))
            {
                if (validate && !ValidateRegion(tag, start, length, out reason))
                {
                    return false;
                }

                position = Position.Variant;
            }
            else if (IsVariantShape(tag, start, length))
            {
                if (validate)
                {
                    if (!Data.Variants.Contains(tag, start, length))
                    {
                        reason = Where(tag, start, length) + " is not a registered variant subtag";
                        return false;
                    }

                    variants ??= new List<long>(2);
                    var key = SubtagSet.Pack(tag, start, length);
                    if (variants.Contains(key))
                    {
                        reason = ValidationText.Quote(tag) + " repeats the variant '" + tag.Substring(start, length) + "'";
                        return false;
                    }

                    variants.Add(key);
                }

                position = Position.Variant;
            }
            else
            {
                reason = OutOfPlace(tag, start, length, letters, position);
                return false;
            }

            if (pos >= tag.Length)
            {
                break;
            }

            pos++; // the '-'
        }

        if (pendingSingleton >= 0)
        {
            reason = SingletonNeedsSubtag(tag, pendingSingleton);
            return false;
        }

        if (position == Position.PrivateUse && privateUseSubtags == 0)
        {
            reason = ValidationText.Quote(tag) + " ends with 'x'; private use needs at least one subtag after 'x-'";
            return false;
        }

        return true;
    }

    private static bool ValidateLanguage(string tag, int start, int length, out string? reason)
    {
        reason = null;
        if (length <= 3 && Data.Languages.Contains(tag, start, length))
        {
            return true;
        }

        // qaa..qtz: reserved for local use by ISO 639-2, private use in BCP 47.
        if (length == 3 && ValidationText.ToLowerAscii(tag[start]) == 'q' && ValidationText.ToLowerAscii(tag[start + 1]) <= 't')
        {
            return true;
        }

        if (Data.DeprecatedLanguages.TryGetValue(tag, start, length, out var preferred))
        {
            reason = Where(tag, start, length) + " is a deprecated language code"
                + (preferred.Length > 0 ? "; use '" + preferred + "'" : " (retired from ISO 639)");
            return false;
        }

        if (length == 3 && Data.ThreeToTwo.TryGetValue(tag, start, length, out var two))
        {
            reason = Where(tag, start, length) + " has a two-letter ISO 639-1 code; BCP 47 uses '" + two + "'";
            return false;
        }

        reason = length == 4
            ? Where(tag, start, length) + " is not an ISO 639 language code (four-letter languages are reserved)"
            : Where(tag, start, length) + " is not an ISO 639 language code";
        return false;
    }

    private static bool ValidateExtlang(string tag, int start, int languageStart, int languageLength, int extlangs, out string? reason)
    {
        reason = null;
        if (Data.Extlangs.TryGetValue(tag, start, 3, out var prefix))
        {
            if (extlangs > 1)
            {
                reason = ValidationText.Quote(tag) + " has more than one extended language subtag";
                return false;
            }

            if (ValidationText.EqualsIgnoreCase(tag, languageStart, languageLength, prefix))
            {
                return true;
            }

            reason = Where(tag, start, 3) + " is an extended language subtag for '" + prefix + "' ("
                + prefix + "-" + ValidationText.ToLowerAscii(tag.Substring(start, 3)) + ")";
            return false;
        }

        var alpha2 = RegionCode.FromAlpha3(tag.Substring(start, 3));
        reason = alpha2 is not null
            ? Where(tag, start, 3) + " is an ISO 3166-1 alpha-3 code; regions use alpha-2 ('" + alpha2 + "')"
            : Where(tag, start, 3) + " is not a registered extended language subtag";
        return false;
    }

    private static bool ValidateScript(string tag, int start, out string? reason)
    {
        reason = null;
        if (Data.Scripts.Contains(tag, start, 4))
        {
            return true;
        }

        // Qaaa..Qabx: private use.
        var second = ValidationText.ToLowerAscii(tag[start + 1]);
        var third = ValidationText.ToLowerAscii(tag[start + 2]);
        var fourth = ValidationText.ToLowerAscii(tag[start + 3]);
        if (ValidationText.ToLowerAscii(tag[start]) == 'q' && second == 'a' && (third == 'a' || (third == 'b' && fourth <= 'x')))
        {
            return true;
        }

        reason = Where(tag, start, 4) + " is not an ISO 15924 script code";
        return false;
    }

    private static bool ValidateRegion(string tag, int start, int length, out string? reason)
    {
        reason = null;
        if (length == 2)
        {
            if (RegionCode.IsAssignedIgnoreCase(tag, start, length))
            {
                return true;
            }

            RegionCode.IsValid(ValidationText.ToUpperAscii(tag.Substring(start, 2)), out var regionReason);
            reason = ValidationText.Quote(tag) + ": " + regionReason;
            return false;
        }

        if (IsNumericArea(tag, start, length))
        {
            return true;
        }

        var alpha2 = RegionCode.FromNumeric(tag.Substring(start, length));
        reason = alpha2 is not null
            ? Where(tag, start, length) + " is an ISO 3166-1 numeric code; language tags use the alpha-2 code ('" + alpha2 + "')"
            : Where(tag, start, length) + " is not a UN M.49 area code";
        return false;
    }

    /// <summary>
    /// Replaces the subtags that have one valid spelling: the language (deprecated or three-letter codes) and, before any
    /// extension or private use, region-like subtags. Other subtags are left as they are; the caller validates the result.
    /// </summary>
    private static string CorrectSubtags(string tag)
    {
        var subtags = tag.Split('-');
        var first = subtags[0];
        if (first.Length >= 2 && first.Length <= 3 && AllLetters(first, 0, first.Length) && !Data.Languages.Contains(first))
        {
            if (Data.DeprecatedLanguages.TryGetValue(first, 0, first.Length, out var preferred))
            {
                subtags[0] = preferred.Length > 0 ? preferred : first;
            }
            else if (first.Length == 3 && Data.ThreeToTwo.TryGetValue(first, 0, 3, out var two))
            {
                subtags[0] = two;
            }
        }

        for (var i = 1; i < subtags.Length && subtags[i].Length != 1; i++)
        {
            var subtag = subtags[i];
            if (subtag.Length == 2 && AllLetters(subtag, 0, 2) && !RegionCode.IsAssignedIgnoreCase(subtag, 0, 2))
            {
                subtags[i] = RegionCode.Suggest(ValidationText.ToUpperAscii(subtag)) is { Length: 2 } region ? region : subtag;
            }
            else if (subtag.Length == 3 && AllLetters(subtag, 0, 3) && !Data.Extlangs.Contains(subtag))
            {
                subtags[i] = RegionCode.FromAlpha3(subtag) ?? subtag;
            }
            else if (subtag.Length == 3 && AllDigits(subtag, 0, 3) && !IsNumericArea(subtag, 0, 3))
            {
                subtags[i] = RegionCode.FromNumeric(subtag) ?? subtag;
            }
        }

        return string.Join("-", subtags);
    }

    private static string OutOfPlace(string tag, int start, int length, bool letters, Position position)
    {
        var where = Where(tag, start, length);
        if (length == 4 && letters)
        {
            return where + " is out of place: the script comes right after the language";
        }

        if ((length == 2 && letters) || (length == 3 && AllDigits(tag, start, length)))
        {
            return position == Position.Variant
                ? where + " is out of place: there is one region, after the script and before any variants"
                : where + " is out of place: the region comes after the script";
        }

        if (length == 3 && letters)
        {
            return where + " is out of place: an extended language subtag comes right after a 2- or 3-letter language";
        }

        return where + " is not a valid subtag here: expected a script (4 letters), a region (2 letters or 3 digits) "
            + "or a variant (5 to 8 letters or digits, or a digit and 3 more)";
    }

    private static string SingletonNeedsSubtag(string tag, int singletonStart) =>
        ValidationText.Quote(tag) + ": the extension '" + tag[singletonStart] + "' needs at least one subtag of 2 to 8 letters or digits";

    /// <summary>The subtag quoted, followed by the whole tag when the tag has more than that subtag.</summary>
    private static string Where(string tag, int start, int length) =>
        length == tag.Length ? ValidationText.Quote(tag) : ValidationText.Quote(tag, start, length) + " in " + ValidationText.Quote(tag);

    private static bool IsVariantShape(string tag, int start, int length) =>
        (length >= 5 && length <= 8) || (length == 4 && ValidationText.IsAsciiDigit(tag[start]));

    private static bool AllLetters(string text, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (!ValidationText.IsAsciiLetter(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllDigits(string text, int start, int length)
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

    private static string CanonicalCase(string tag)
    {
        var chars = tag.ToCharArray();
        var afterSingleton = false;
        var index = 0;
        var start = 0;
        for (var i = 0; i <= chars.Length; i++)
        {
            if (i < chars.Length && chars[i] != '-')
            {
                continue;
            }

            var length = i - start;
            for (var j = start; j < i; j++)
            {
                chars[j] = ValidationText.ToLowerAscii(chars[j]);
            }

            if (index > 0 && !afterSingleton)
            {
                if (length == 2)
                {
                    chars[start] = ValidationText.ToUpperAscii(chars[start]);
                    chars[start + 1] = ValidationText.ToUpperAscii(chars[start + 1]);
                }
                else if (length == 4)
                {
                    chars[start] = ValidationText.ToUpperAscii(chars[start]);
                }
            }

            if (length == 1)
            {
                afterSingleton = true;
            }

            index++;
            start = i + 1;
        }

        return new string(chars);
    }

    private static bool IsLanguageName(string tag, out string code)
    {
        code = string.Empty;
        return tag.Length >= 4 && tag.Length <= 12 && AllLetters(tag, 0, tag.Length) && Data.LanguageNames.TryGetValue(tag, out code);
    }

    // Built once, on first use, from the generated lists.
    private static class Data
    {
        internal static readonly SubtagSet Languages = SubtagSet.FromCodes(LanguageData);
        internal static readonly SubtagSet DeprecatedLanguages = SubtagSet.FromPairs(DeprecatedLanguageData);
        internal static readonly SubtagSet ThreeToTwo = SubtagSet.FromPairs(ThreeToTwoData);
        internal static readonly SubtagSet Extlangs = SubtagSet.FromPairs(ExtlangData);
        internal static readonly SubtagSet Scripts = SubtagSet.FromCodes(ScriptData);
        internal static readonly SubtagSet NumericRegions = SubtagSet.FromCodes(NumericRegionData);
        internal static readonly SubtagSet Variants = SubtagSet.FromCodes(VariantData);
        internal static readonly HashSet<string> Grandfathered = new(GrandfatheredData.Split(ValidationText.Space, StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);

        // English names people write instead of codes, for the reason only.
        internal static readonly Dictionary<string, string> LanguageNames = new(StringComparer.OrdinalIgnoreCase)
        {
            ["English"] = "en", ["Japanese"] = "ja", ["Vietnamese"] = "vi", ["Thai"] = "th", ["Malay"] = "ms",
            ["Indonesian"] = "id", ["Filipino"] = "fil", ["Tagalog"] = "tl", ["Khmer"] = "km", ["Burmese"] = "my",
            ["Chinese"] = "zh", ["Mandarin"] = "cmn", ["Cantonese"] = "yue", ["Korean"] = "ko", ["Hindi"] = "hi",
            ["Tamil"] = "ta", ["Bengali"] = "bn", ["French"] = "fr", ["German"] = "de", ["Spanish"] = "es",
            ["Portuguese"] = "pt", ["Arabic"] = "ar", ["Russian"] = "ru", ["Italian"] = "it", ["Dutch"] = "nl",
            ["Javanese"] = "jv", ["Sundanese"] = "su", ["Cebuano"] = "ceb", ["Tetum"] = "tet", ["Ainu"] = "ain",
        };
    }
}
