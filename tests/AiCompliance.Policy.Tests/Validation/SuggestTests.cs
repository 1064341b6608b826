using System.Collections.Generic;
using System.Text.RegularExpressions;
using AiCompliance.Policy.Validation;

namespace AiCompliance.Policy.Tests.Validation;

/// <summary>
/// The validators' <c>Suggest</c>: the one valid spelling of an invalid value, which the AIC201–AIC204 code fixes write
/// in. A suggestion is offered only when it is valid and there is no choice to make; otherwise null.
/// </summary>
public sealed partial class SuggestTests
{
    [Theory]
    [InlineData("MIT or Apache-2.0", "MIT OR Apache-2.0")]
    [InlineData("mit or apache-2.0", "MIT OR Apache-2.0")]
    [InlineData("MIT and (Apache-2.0 or bsd-3-clause)", "MIT AND (Apache-2.0 OR BSD-3-Clause)")]
    [InlineData("gpl-2.0-or-later with classpath-exception-2.0", "GPL-2.0-or-later WITH Classpath-exception-2.0")]
    [InlineData("lgpl-2.1+ or mit", "LGPL-2.1+ OR MIT")]
    [InlineData("MIT or LicenseRef-Contoso-Internal", "MIT OR LicenseRef-Contoso-Internal")]
    [InlineData("MIT\nor Apache-2.0", "MIT\nOR Apache-2.0")]
    [InlineData("Apache2", "Apache-2.0")]
    [InlineData("apache-2", "Apache-2.0")]
    [InlineData("Apache2.0", "Apache-2.0")]
    [InlineData("ASL-2.0", "Apache-2.0")]
    [InlineData("CC0", "CC0-1.0")]
    [InlineData("MPL2", "MPL-2.0")]
    [InlineData("Apache2 OR MIT", "Apache-2.0 OR MIT")]
    [InlineData("Apache 2.0", "Apache-2.0")]
    [InlineData("Apache 2", "Apache-2.0")]
    [InlineData("CC BY 4.0", "CC-BY-4.0")]
    [InlineData("cc by-sa 4.0", "CC-BY-SA-4.0")]
    [InlineData("GPL 3.0 or later", "GPL-3.0-or-later")]
    [InlineData("CC BY 4.0 AND MIT", "CC-BY-4.0 AND MIT")]
    [InlineData("(CC BY 4.0 or mit) and Apache2", "(CC-BY-4.0 OR MIT) AND Apache-2.0")]
    [InlineData(" MIT", "MIT")]
    [InlineData("MIT OR Apache-2.0 ", "MIT OR Apache-2.0")]
    public void SpdxExpression_suggests_the_one_valid_spelling(string expression, string expected)
    {
        Assert.False(SpdxExpression.IsValid(expression, out _));
        Assert.Equal(expected, SpdxExpression.Suggest(expression));
        Assert.True(SpdxExpression.IsValid(expected, out var reason), reason);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("MIT")]
    [InlineData("mit")] // ids are case-insensitive: valid, so nothing to suggest
    [InlineData("apache-2.0 OR mit")]
    [InlineData("GPLv3")] // GPL-3.0-only or GPL-3.0-or-later: a decision, not a spelling
    [InlineData("GPL3")]
    [InlineData("GPLv2")]
    [InlineData("GPL")]
    [InlineData("LGPLv3")]
    [InlineData("AGPL")]
    [InlineData("Apache")] // which version?
    [InlineData("MPL")]
    [InlineData("BSD")]
    [InlineData("CC-BY")]
    [InlineData("Proprietary")]
    [InlineData("PublicDomain")]
    [InlineData("Foo")]
    [InlineData("MIT License")]
    [InlineData("MIT/Apache-2.0")] // '/' could be OR or AND
    [InlineData("MIT, Apache-2.0")]
    [InlineData("MIT OR GPLv3")] // one ambiguous part is enough
    [InlineData("Apache2+")]
    [InlineData("NOASSERTION")]
    [InlineData("Classpath-exception-2.0")]
    [InlineData("MIT WITH MIT")]
    [InlineData("MIT OR")]
    [InlineData("(MIT")]
    public void SpdxExpression_suggests_nothing_without_a_single_answer(string? expression)
    {
        Assert.Null(SpdxExpression.Suggest(expression));
    }

    [Fact]
    public void Every_listed_license_id_is_suggested_in_its_casing_when_the_operator_needs_fixing()
    {
        foreach (var id in SpdxLicenseList.LicenseIds)
        {
            Assert.Null(SpdxExpression.Suggest(id.ToLowerInvariant()));
            Assert.Equal(id + " OR MIT", SpdxExpression.Suggest(id.ToLowerInvariant() + " or mit"));
        }
    }

    [Theory]
    [InlineData("en_US", "en-US")]
    [InlineData("EN_us", "en-US")]
    [InlineData("zh_Hant_TW", "zh-Hant-TW")]
    [InlineData("zh-CHS", "zh-Hans")]
    [InlineData("zh_cht", "zh-Hant")]
    [InlineData("English", "en")]
    [InlineData("vietnamese", "vi")]
    [InlineData("Mandarin", "cmn")]
    [InlineData("eng", "en")]
    [InlineData("vie", "vi")]
    [InlineData("khm", "km")]
    [InlineData("vie-VN", "vi-VN")]
    [InlineData("iw", "he")]
    [InlineData("in", "id")]
    [InlineData("ji", "yi")]
    [InlineData("mo", "ro")]
    [InlineData("en-UK", "en-GB")]
    [InlineData("en-uk", "en-GB")]
    [InlineData("eng_UK", "en-GB")]
    [InlineData("en-USA", "en-US")]
    [InlineData("sr-Latn-SRB", "sr-Latn-RS")]
    [InlineData("en-840", "en-US")]
    [InlineData("en-US ", "en-US")]
    [InlineData(" th", "th")]
    public void LanguageTag_suggests_the_one_valid_tag_in_canonical_casing(string tag, string expected)
    {
        Assert.False(LanguageTag.IsValid(tag, out _));
        Assert.Equal(expected, LanguageTag.Suggest(tag));
        Assert.Equal(expected, LanguageTag.Normalize(expected));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("en-US")]
    [InlineData("EN-us")] // valid: casing alone is not an error (Normalize gives the canonical form)
    [InlineData("i-klingon")]
    [InlineData("jp")] // Japanese is ja, but nothing in the registry says so
    [InlineData("vn")]
    [InlineData("ayy")] // deprecated without a replacement
    [InlineData("en-EU")] // no single country
    [InlineData("en-US-Latn")]
    [InlineData("Klingon")]
    [InlineData("en--US")]
    [InlineData("en.US")]
    public void LanguageTag_suggests_nothing_without_a_single_answer(string? tag)
    {
        Assert.Null(LanguageTag.Suggest(tag));
    }

    [Theory]
    [InlineData("vn", "VN")]
    [InlineData("Sg", "SG")]
    [InlineData("UK", "GB")]
    [InlineData("uk", "GB")]
    [InlineData("VNM", "VN")]
    [InlineData("sgp", "SG")]
    [InlineData("USA", "US")]
    [InlineData("702", "SG")]
    [InlineData("JP-13", "JP")]
    [InlineData("Singapore", "SG")]
    [InlineData("viet nam", "VN")]
    [InlineData("UAE", "AE")]
    [InlineData("BU", "MM")]
    [InlineData("TP", "TL")]
    [InlineData("IC", "ES")]
    [InlineData(" SG", "SG")]
    [InlineData(" sg ", "SG")]
    public void RegionCode_suggests_the_one_country_the_value_names(string code, string expected)
    {
        Assert.False(RegionCode.IsValid(code));
        Assert.Equal(expected, RegionCode.Suggest(code));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("SG")]
    [InlineData("EU")] // the member states, not one country
    [InlineData("eu")]
    [InlineData("EZ")]
    [InlineData("UN")]
    [InlineData("AN")] // BQ, CW or SX
    [InlineData("CS")]
    [InlineData("SU")]
    [InlineData("XK")]
    [InlineData("ZZ")]
    [InlineData("150")]
    [InlineData("ASEAN")]
    [InlineData("ap-southeast-1")]
    public void RegionCode_suggests_nothing_without_a_single_answer(string? code)
    {
        Assert.Null(RegionCode.Suggest(code));
    }

    [Fact]
    public void RegionCode_suggests_a_two_letter_code_exactly_when_its_reason_names_one()
    {
        for (var first = 'A'; first <= 'Z'; first++)
        {
            for (var second = 'A'; second <= 'Z'; second++)
            {
                foreach (var code in new[] { $"{first}{second}", $"{char.ToLowerInvariant(first)}{char.ToLowerInvariant(second)}" })
                {
                    if (RegionCode.IsValid(code, out var reason))
                    {
                        Assert.Null(RegionCode.Suggest(code));
                        continue;
                    }

                    var named = NamedCodes(reason!);
                    var expected = named.Count == 1 ? named[0] : null;
                    Assert.True(expected == RegionCode.Suggest(code), $"{code}: '{reason}' but Suggest gives {RegionCode.Suggest(code) ?? "null"}");
                }
            }
        }
    }

    [Theory]
    [InlineData("v1.2.0", "1.2.0")]
    [InlineData("V1.2.0", "1.2.0")]
    [InlineData("1.02.0", "1.2.0")]
    [InlineData("01.2.003", "1.2.3")]
    [InlineData("00.00.00", "0.0.0")]
    [InlineData("1.2", "1.2.0")]
    [InlineData("1", "1.0.0")]
    [InlineData("v1.02", "1.2.0")]
    [InlineData("2024.05", "2024.5.0")]
    [InlineData("1.2-beta", "1.2.0-beta")]
    [InlineData("1.0.0-rc.01", "1.0.0-rc.1")]
    [InlineData("1.0.0-rc.01+001", "1.0.0-rc.1+001")]
    [InlineData("1.2+build.7", "1.2.0+build.7")]
    [InlineData("1.0.0 ", "1.0.0")]
    public void SemanticVersion_suggests_the_one_valid_version(string version, string expected)
    {
        Assert.False(SemanticVersion.IsValid(version, out _));
        Assert.Equal(expected, SemanticVersion.Suggest(version));
        Assert.True(SemanticVersion.IsValid(expected, out var reason), reason);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1.2.0")]
    [InlineData("1.2.3.4")] // 1.2.3+4 or 1.2.3-4 or 1.2.34: a decision
    [InlineData("latest")]
    [InlineData("1.2.x")]
    [InlineData("1..2")]
    [InlineData("v")]
    [InlineData("1.2.3-beta_1")]
    [InlineData("1.0.0-")]
    [InlineData("1.0.0+build+2")]
    [InlineData("1.0.0-rc..1")]
    public void SemanticVersion_suggests_nothing_without_a_single_answer(string? version)
    {
        Assert.Null(SemanticVersion.Suggest(version));
    }

    [Theory]
    [MemberData(nameof(HostileInputTests.Garbage), MemberType = typeof(HostileInputTests))]
    public void Garbage_gets_no_suggestion_and_never_throws(int _1, string? input)
    {
        Assert.Null(SpdxExpression.Suggest(input));
        Assert.Null(LanguageTag.Suggest(input));
        Assert.Null(RegionCode.Suggest(input));
        Assert.Null(SemanticVersion.Suggest(input));
    }

    [Theory]
    [MemberData(nameof(Suggestible))]
    public void A_suggestion_is_valid_so_applying_it_twice_changes_nothing(string kind, string value)
    {
        switch (kind)
        {
            case "spdx":
                Assert.Null(SpdxExpression.Suggest(SpdxExpression.Suggest(value)));
                break;
            case "language":
                Assert.Null(LanguageTag.Suggest(LanguageTag.Suggest(value)));
                break;
            case "region":
                Assert.Null(RegionCode.Suggest(RegionCode.Suggest(value)));
                break;
            default:
                Assert.Null(SemanticVersion.Suggest(SemanticVersion.Suggest(value)));
                break;
        }
    }

    public static IEnumerable<object[]> Suggestible() =>
    [
        ["spdx", "mit or apache2"],
        ["spdx", "CC BY 4.0"],
        ["language", "EN_us"],
        ["language", "eng_UK"],
        ["region", " uk"],
        ["region", "vnm"],
        ["version", "v01.2"],
    ];

    /// <summary>
    /// The codes a reason names besides the value it quotes first: <c>'UK' is not ISO 3166-1; the United Kingdom is
    /// 'GB'</c> names GB, <c>'sg' must be uppercase (SG)</c> names SG, <c>'AN' … use 'BQ', 'CW' or 'SX'</c> names three.
    /// </summary>
    private static List<string> NamedCodes(string reason)
    {
        var codes = new List<string>();
        foreach (Match match in CodeInQuotesOrParentheses().Matches(reason))
        {
            if (match.Index > 0)
            {
                codes.Add(match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value);
            }
        }

        return codes;
    }

    [GeneratedRegex("'([A-Z]{2})'|\\(([A-Z]{2})\\)")]
    private static partial Regex CodeInQuotesOrParentheses();
}
