namespace AiCompliance.Policy.Validation;

/// <summary>Semantic versions (SemVer 2.0.0), as <c>[AiModel(Version = …)]</c> takes them.</summary>
public static class SemanticVersion
{
    private static readonly string[] PartNames = { "major", "minor", "patch" };

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
