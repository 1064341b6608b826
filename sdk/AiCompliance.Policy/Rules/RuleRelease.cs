using System;
using System.Globalization;

namespace AiCompliance.Policy.Rules;

/// <summary>
/// Package release numbers as rules record them (<see cref="RuleDescriptor.IntroducedIn"/>) and as
/// <c>AiComplianceLevel</c> pins them: <c>major.minor</c> or <c>major.minor.patch</c>, compared with a missing patch
/// read as 0 (as MSBuild's <c>VersionGreaterThan</c> does, which applies the level in the build).
/// </summary>
public static class RuleRelease
{
    /// <summary>The level that applies every rule at its mode's severity; also what an empty setting means.</summary>
    public const string Latest = "latest";

    public static bool TryParse(string? text, out Version version)
    {
        version = new Version(0, 0, 0);
        var parts = text?.Trim().Split('.');
        if (parts is null || parts.Length is < 2 or > 3)
        {
            return false;
        }

        var numbers = new int[3];
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Length == 0 || !IsDigits(parts[i]) || !int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return false;
            }
        }

        version = new Version(numbers[0], numbers[1], numbers[2]);
        return true;
    }

    /// <summary>Parses a release number written in code; a malformed one is a bug in the catalogue.</summary>
    public static Version Parse(string text) =>
        TryParse(text, out var version) ? version : throw new ArgumentException("'" + text + "' is not a release number (major.minor.patch).", nameof(text));

    private static bool IsDigits(string text)
    {
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
