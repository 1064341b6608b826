namespace AiCompliance.Policy.Validation;

/// <summary>Semantic versions (SemVer 2.0.0), as <c>[AiModel(Version = …)]</c> takes them.</summary>
public static class SemanticVersion
{
    private static readonly string[] PartNames = { "major", "minor", "patch" };
    private static readonly char[] CoreEnd = { '-', '+' };

    /// <summary>
    /// True when <paramref name="version"/> is a version exactly per SemVer 2.0.0 (semver.org): <c>MAJOR.MINOR.PATCH</c>,
    /// three numeric identifiers of ASCII digits without leading zeros (<c>0</c> itself is fine), then optionally
    /// <c>-</c> and a pre-release of dot-separated identifiers (ASCII letters, digits and <c>-</c>; non-empty; numeric
    /// identifiers without leading zeros), then optionally <c>+</c> and build metadata of dot-separated non-empty
    /// identifiers (ASCII letters, digits and <c>-</c>; leading zeros allowed). No leading <c>v</c>, no whitespace; the
    /// numbers may be of any size. When false, <paramref name="reason"/> says why (for example <c>'v1.2.0' has a leading
    /// 'v'</c>, <c>'1.2' has only major.minor; SemVer needs major.minor.patch (1.2.0)</c>); null when valid. Never throws.
    /// </summary>
    public static bool IsValid(string? version, out string? reason)
    {
        reason = null;
        if (version is null || version.Length == 0 || ValidationText.IsBlankOnly(version))
        {
            reason = "the version is empty";
            return false;
        }

        if (ValidationText.HasSurroundingWhitespace(version))
        {
            reason = ValidationText.Quote(version) + " has leading or trailing whitespace";
            return false;
        }

        if ((version[0] == 'v' || version[0] == 'V') && version.Length > 1 && ValidationText.IsAsciiDigit(version[1]))
        {
            reason = ValidationText.Quote(version) + " has a leading '" + version[0] + "'";
            return false;
        }

        // The version core: numbers separated by '.', up to the first '-' or '+'.
        var pos = 0;
        var parts = 0;
        while (true)
        {
            var start = pos;
            while (pos < version.Length && version[pos] != '.' && version[pos] != '-' && version[pos] != '+')
            {
                pos++;
            }

            var length = pos - start;
            if (parts >= 3)
            {
                reason = ValidationText.Quote(version) + " has more than three version numbers; SemVer has major.minor.patch";
                return false;
            }

            var name = PartNames[parts];
            if (length == 0)
            {
                reason = ValidationText.Quote(version) + ": the " + name + " version is empty";
                return false;
            }

            if (!IsNumeric(version, start, length))
            {
                reason = ValidationText.Quote(version) + ": the " + name + " version " + ValidationText.Quote(version, start, length) + " is not a number";
                return false;
            }

            if (length > 1 && version[start] == '0')
            {
                reason = ValidationText.Quote(version) + ": the " + name + " version " + ValidationText.Quote(version, start, length) + " has a leading zero";
                return false;
            }

            parts++;
            if (pos < version.Length && version[pos] == '.')
            {
                pos++;
                continue;
            }

            break;
        }

        if (parts < 3)
        {
            var core = version.Substring(0, pos);
            var padded = parts == 1 ? core + ".0.0" : core + ".0";
            reason = ValidationText.Quote(version) + " has only " + (parts == 1 ? "a major version" : "major.minor")
                + "; SemVer needs major.minor.patch (" + ValidationText.Display(padded + version.Substring(pos)) + ")";
            return false;
        }

        if (pos < version.Length && version[pos] == '-')
        {
            if (!Identifiers(version, ref pos, "pre-release", numericWithoutLeadingZeros: true, out reason))
            {
                return false;
            }
        }

        if (pos < version.Length && version[pos] == '+')
        {
            if (!Identifiers(version, ref pos, "build metadata", numericWithoutLeadingZeros: false, out reason))
            {
                return false;
            }
        }

        if (pos < version.Length)
        {
            reason = ValidationText.Quote(version) + " contains " + ValidationText.DescribeChar(version, pos)
                + "; build metadata ('+…') comes last";
            return false;
        }

        return true;
    }

    /// <summary>
    /// The version <paramref name="version"/> was meant to be, when it is invalid in a way that has exactly one valid
    /// correction: surrounding whitespace removed, a leading <c>v</c> or <c>V</c> dropped (<c>v1.2.0</c> → <c>1.2.0</c>),
    /// leading zeros dropped from the version numbers and from numeric pre-release identifiers (<c>1.02.0</c> →
    /// <c>1.2.0</c>, <c>1.0.0-rc.01</c> → <c>1.0.0-rc.1</c>), and a missing minor or patch number read as zero
    /// (<c>1.2</c> → <c>1.2.0</c>, <c>1</c> → <c>1.0.0</c>, <c>2024.05</c> → <c>2024.5.0</c>), as the reason of
    /// <see cref="IsValid"/> spells it. Null when the version is valid, empty, or cannot be corrected mechanically: more
    /// than three numbers (<c>1.2.3.4</c>), words (<c>latest</c>, <c>1.2.x</c>), characters SemVer does not allow.
    /// Never throws.
    /// </summary>
    public static string? Suggest(string? version)
    {
        if (version is null || ValidationText.IsBlankOnly(version) || IsValid(version, out _))
        {
            return null;
        }

        var text = version.Trim();
        if (text.Length > 1 && (text[0] == 'v' || text[0] == 'V') && ValidationText.IsAsciiDigit(text[1]))
        {
            text = text.Substring(1);
        }

        var suffixStart = text.IndexOfAny(CoreEnd);
        var core = suffixStart < 0 ? text : text.Substring(0, suffixStart);
        var suffix = suffixStart < 0 ? string.Empty : text.Substring(suffixStart);
        var numbers = core.Split('.');
        if (numbers.Length > 3)
        {
            return null;
        }

        var corrected = new System.Text.StringBuilder(text.Length + 4);
        for (var i = 0; i < 3; i++)
        {
            if (i > 0)
            {
                corrected.Append('.');
            }

            if (i >= numbers.Length)
            {
                corrected.Append('0');
            }
            else if (numbers[i].Length > 0 && IsNumeric(numbers[i], 0, numbers[i].Length))
            {
                corrected.Append(WithoutLeadingZeros(numbers[i]));
            }
            else
            {
                return null;
            }
        }

        // The pre-release: numeric identifiers lose their leading zeros; build metadata keeps them (SemVer allows them).
        var build = suffix.IndexOf('+');
        var preRelease = build < 0 ? suffix : suffix.Substring(0, build);
        if (preRelease.Length > 0)
        {
            var identifiers = preRelease.Substring(1).Split('.');
            corrected.Append('-');
            for (var i = 0; i < identifiers.Length; i++)
            {
                corrected.Append(i > 0 ? "." : string.Empty)
                    .Append(identifiers[i].Length > 0 && IsNumeric(identifiers[i], 0, identifiers[i].Length) ? WithoutLeadingZeros(identifiers[i]) : identifiers[i]);
            }
        }

        corrected.Append(build < 0 ? string.Empty : suffix.Substring(build));
        var suggestion = corrected.ToString();
        return IsValid(suggestion, out _) ? suggestion : null;
    }

    private static string WithoutLeadingZeros(string digits)
    {
        var start = 0;
        while (start < digits.Length - 1 && digits[start] == '0')
        {
            start++;
        }

        return digits.Substring(start);
    }

    /// <summary>Reads the identifiers after the '-' or '+' at <paramref name="pos"/>, up to '+' or the end.</summary>
    private static bool Identifiers(string version, ref int pos, string what, bool numericWithoutLeadingZeros, out string? reason)
    {
        reason = null;
        pos++; // the '-' or '+'
        while (true)
        {
            var start = pos;
            while (pos < version.Length && version[pos] != '.' && version[pos] != '+')
            {
                var c = version[pos];
                if (!ValidationText.IsAsciiLetterOrDigit(c) && c != '-')
                {
                    reason = ValidationText.Quote(version) + " contains " + ValidationText.DescribeChar(version, pos) + "; "
                        + what + " identifiers use only ASCII letters, digits and '-'";
                    return false;
                }

                pos++;
            }

            var length = pos - start;
            if (length == 0)
            {
                reason = ValidationText.Quote(version) + " has an empty " + what + " identifier";
                return false;
            }

            if (numericWithoutLeadingZeros && length > 1 && version[start] == '0' && IsNumeric(version, start, length))
            {
                reason = ValidationText.Quote(version) + ": the " + what + " identifier " + ValidationText.Quote(version, start, length)
                    + " has a leading zero";
                return false;
            }

            if (pos < version.Length && version[pos] == '.')
            {
                pos++;
                continue;
            }

            if (pos < version.Length && version[pos] == '+' && !numericWithoutLeadingZeros)
            {
                reason = ValidationText.Quote(version) + " contains a second '+'; build metadata identifiers use only ASCII letters, digits and '-'";
                return false;
            }

            return true;
        }
    }

    private static bool IsNumeric(string text, int start, int length)
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
}
