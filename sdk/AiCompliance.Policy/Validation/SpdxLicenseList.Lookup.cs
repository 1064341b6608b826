using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace AiCompliance.Policy.Validation;

/// <summary>
/// The SPDX License List's license and exception identifiers (version <see cref="Version"/>), matched
/// case-insensitively as SPDX says identifiers are. The ids are in SpdxLicenseList.cs (generated; see
/// regenerate_data.py). The list includes ids SPDX has deprecated (for example <c>GPL-2.0</c>, <c>GPL-2.0+</c>); the
/// source schema does not mark them, so they are accepted like any other id.
/// </summary>
public static partial class SpdxLicenseList
{
    /// <summary>The license ids, in their SPDX spelling (<c>MIT</c>, <c>Apache-2.0</c>, <c>GPL-3.0-or-later</c>).</summary>
    public static IReadOnlyList<string> LicenseIds => Index.Licenses;

    /// <summary>The license exception ids, in their SPDX spelling (<c>Classpath-exception-2.0</c>, <c>LLVM-exception</c>).</summary>
    public static IReadOnlyList<string> ExceptionIds => Index.Exceptions;

    /// <summary>True when <paramref name="id"/> is a license id on the list, in any case. Null is false.</summary>
    public static bool IsLicenseId(string? id) => id is not null && Index.LicenseLookup.ContainsKey(id);

    /// <summary>True when <paramref name="id"/> is a license exception id on the list, in any case. Null is false.</summary>
    public static bool IsExceptionId(string? id) => id is not null && Index.ExceptionLookup.ContainsKey(id);

    /// <summary>The license id in its SPDX spelling (<c>apache-2.0</c> → <c>Apache-2.0</c>), or null when it is not on the list.</summary>
    public static string? CanonicalLicenseId(string? id) =>
        id is not null && Index.LicenseLookup.TryGetValue(id, out var canonical) ? canonical : null;

    /// <summary>The exception id in its SPDX spelling, or null when it is not on the list.</summary>
    public static string? CanonicalExceptionId(string? id) =>
        id is not null && Index.ExceptionLookup.TryGetValue(id, out var canonical) ? canonical : null;

    // Built once, on first use.
    private static class Index
    {
        internal static readonly ReadOnlyCollection<string> Licenses = Split(LicenseIdData);
        internal static readonly ReadOnlyCollection<string> Exceptions = Split(ExceptionIdData);
        internal static readonly Dictionary<string, string> LicenseLookup = Lookup(Licenses);
        internal static readonly Dictionary<string, string> ExceptionLookup = Lookup(Exceptions);

        private static ReadOnlyCollection<string> Split(string data) =>
            new(data.Split(ValidationText.Space, StringSplitOptions.RemoveEmptyEntries));

        private static Dictionary<string, string> Lookup(ReadOnlyCollection<string> ids)
        {
            var lookup = new Dictionary<string, string>(ids.Count, StringComparer.OrdinalIgnoreCase);
            foreach (var id in ids)
            {
                lookup[id] = id;
            }

            return lookup;
        }
    }
}
