using System;
using System.Collections.Generic;
using AiCompliance.Policy.Validation;

namespace AiCompliance.Policy.Tests.Validation;

public sealed class SpdxLicenseListTests
{
    // CycloneDX 1.6.2's spdx.schema.json ("$comment": "v1.0-3.24.0") has 729 ids in its enum: 659 licenses, then 70
    // exceptions. Regenerating SpdxLicenseList.cs from a newer schema changes these numbers on purpose.
    [Fact]
    public void The_lists_have_the_counts_of_the_schema_they_were_generated_from()
    {
        Assert.Equal("3.24.0", SpdxLicenseList.Version);
        Assert.Equal(659, SpdxLicenseList.LicenseIds.Count);
        Assert.Equal(70, SpdxLicenseList.ExceptionIds.Count);
        Assert.Equal(SpdxLicenseList.LicenseIdCount, SpdxLicenseList.LicenseIds.Count);
        Assert.Equal(SpdxLicenseList.ExceptionIdCount, SpdxLicenseList.ExceptionIds.Count);
        Assert.Equal(729, SpdxLicenseList.LicenseIds.Count + SpdxLicenseList.ExceptionIds.Count);
    }

    [Theory]
    [InlineData("MIT")]
    [InlineData("Apache-2.0")]
    [InlineData("GPL-3.0-or-later")]
    [InlineData("GPL-2.0-only")]
    [InlineData("BSD-3-Clause")]
    [InlineData("MPL-2.0")]
    [InlineData("CC-BY-4.0")]
    [InlineData("CC-BY-NC-4.0")]
    [InlineData("CC0-1.0")]
    [InlineData("0BSD")]
    [InlineData("Unlicense")]
    [InlineData("CDLA-Permissive-2.0")]
    [InlineData("ZPL-2.1")]
    public void Well_known_licenses_are_listed(string id)
    {
        Assert.Contains(id, SpdxLicenseList.LicenseIds);
        Assert.True(SpdxLicenseList.IsLicenseId(id));
        Assert.True(SpdxLicenseList.IsLicenseId(id.ToUpperInvariant()));
        Assert.Equal(id, SpdxLicenseList.CanonicalLicenseId(id.ToLowerInvariant()));
        Assert.False(SpdxLicenseList.IsExceptionId(id));
    }

    [Theory]
    [InlineData("Classpath-exception-2.0")]
    [InlineData("LLVM-exception")]
    [InlineData("GCC-exception-3.1")]
    [InlineData("Autoconf-exception-3.0")]
    [InlineData("Bison-exception-2.2")]
    [InlineData("OpenJDK-assembly-exception-1.0")]
    [InlineData("Qt-GPL-exception-1.0")]
    [InlineData("Swift-exception")]
    [InlineData("u-boot-exception-2.0")]
    [InlineData("Linux-syscall-note")]
    [InlineData("389-exception")]
    [InlineData("x11vnc-openssl-exception")]
    public void Well_known_exceptions_are_listed(string id)
    {
        Assert.Contains(id, SpdxLicenseList.ExceptionIds);
        Assert.True(SpdxLicenseList.IsExceptionId(id.ToUpperInvariant()));
        Assert.Equal(id, SpdxLicenseList.CanonicalExceptionId(id.ToLowerInvariant()));
        Assert.False(SpdxLicenseList.IsLicenseId(id));
    }

    [Fact]
    public void Ids_are_unique_ignoring_case_and_use_only_idstring_characters()
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var id in SpdxLicenseList.LicenseIds)
        {
            Assert.True(seen.Add(id), id);
            foreach (var c in id)
            {
                Assert.True(char.IsAsciiLetterOrDigit(c) || c == '-' || c == '.' || c == '+', id);
            }
        }

        foreach (var id in SpdxLicenseList.ExceptionIds)
        {
            Assert.True(seen.Add(id), id);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("MIT ")]
    [InlineData("Nope")]
    public void Unknown_ids_are_not_listed(string? id)
    {
        Assert.False(SpdxLicenseList.IsLicenseId(id));
        Assert.False(SpdxLicenseList.IsExceptionId(id));
        Assert.Null(SpdxLicenseList.CanonicalLicenseId(id));
        Assert.Null(SpdxLicenseList.CanonicalExceptionId(id));
    }
}
