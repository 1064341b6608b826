using System.Collections.Generic;
using AiCompliance.Policy.Validation;

namespace AiCompliance.Policy.Tests.Validation;

public sealed class RegionCodeTests
{
    [Theory]
    [InlineData("SG")]
    [InlineData("VN")]
    [InlineData("JP")]
    [InlineData("TH")]
    [InlineData("MY")]
    [InlineData("ID")]
    [InlineData("PH")]
    [InlineData("KH")]
    [InlineData("LA")]
    [InlineData("MM")]
    [InlineData("BN")]
    [InlineData("TL")]
    [InlineData("QA")]
    [InlineData("GB")]
    [InlineData("US")]
    [InlineData("AX")]
    [InlineData("ZW")]
    public void Assigned_codes_are_valid(string code)
    {
        Assert.True(RegionCode.IsValid(code));
        Assert.True(RegionCode.IsValid(code, out var reason), reason);
        Assert.Null(reason);
        Assert.NotNull(RegionCode.Name(code));
    }

    [Theory]
    [InlineData(null, "the region code is empty")]
    [InlineData("", "the region code is empty")]
    [InlineData("  ", "the region code is empty")]
    [InlineData(" SG", "' SG' has leading or trailing whitespace (SG)")]
    [InlineData("sg", "'sg' must be uppercase (SG)")]
    [InlineData("Vn", "'Vn' must be uppercase (VN)")]
    [InlineData("UK", "'UK' is not ISO 3166-1; the United Kingdom is 'GB'")]
    [InlineData("uk", "'uk' is not ISO 3166-1; the United Kingdom is 'GB'")]
    [InlineData("EU", "'EU' is an exceptionally reserved code for the European Union, not a country; list the member states instead")]
    [InlineData("EZ", "'EZ' is an exceptionally reserved code for the eurozone, not a country; list the member states instead")]
    [InlineData("UN", "'UN' is an exceptionally reserved code for the United Nations, not a country")]
    [InlineData("IC", "'IC' is an exceptionally reserved code (Canary Islands); ISO 3166-1 covers them as 'ES'")]
    [InlineData("BU", "'BU' is a transitionally reserved code (Burma); use 'MM'")]
    [InlineData("TP", "'TP' is a transitionally reserved code (East Timor); use 'TL'")]
    [InlineData("XK", "'XK' (Kosovo) is a user-assigned code, not ISO 3166-1; ISO 3166-1 has no code for Kosovo")]
    [InlineData("AA", "'AA' is a user-assigned code, not an ISO 3166-1 country code")]
    [InlineData("QZ", "'QZ' is a user-assigned code, not an ISO 3166-1 country code")]
    [InlineData("ZZ", "'ZZ' is a user-assigned code, not an ISO 3166-1 country code")]
    [InlineData("SGP", "'SGP' is an ISO 3166-1 alpha-3 code; use the alpha-2 code 'SG'")]
    [InlineData("vnm", "'vnm' is an ISO 3166-1 alpha-3 code; use the alpha-2 code 'VN'")]
    [InlineData("USA", "'USA' is an ISO 3166-1 alpha-3 code; use the alpha-2 code 'US'")]
    [InlineData("702", "'702' is an ISO 3166-1 numeric code; use the alpha-2 code 'SG'")]
    [InlineData("150", "'150' is a UN M.49 area code, not a country; list the countries' ISO 3166-1 codes")]
    [InlineData("US-CA", "'US-CA' is an ISO 3166-2 subdivision code; use the country code 'US'")]
    [InlineData("JP-13", "'JP-13' is an ISO 3166-2 subdivision code; use the country code 'JP'")]
    [InlineData("Singapore", "'Singapore' is a country name; use its ISO 3166-1 code 'SG'")]
    [InlineData("Vietnam", "'Vietnam' is a country name; use its ISO 3166-1 code 'VN'")]
    [InlineData("viet nam", "'viet nam' is a country name; use its ISO 3166-1 code 'VN'")]
    [InlineData("UAE", "'UAE' is a country name; use its ISO 3166-1 code 'AE'")]
    [InlineData("Korea, Republic of", "'Korea, Republic of' is a country name; use its ISO 3166-1 code 'KR'")]
    [InlineData("S", "'S' is not an ISO 3166-1 alpha-2 country code")]
    [InlineData("S1", "'S1' is not an ISO 3166-1 alpha-2 country code")]
    [InlineData("ÅX", "'ÅX' is not an ISO 3166-1 alpha-2 country code")]
    public void Invalid_codes_fail_with_a_reason(string? code, string expected)
    {
        Assert.False(RegionCode.IsValid(code));
        Assert.False(RegionCode.IsValid(code, out var reason));
        Assert.Equal(expected, reason);
    }

    [Fact]
    public void There_are_249_assigned_codes_all_two_uppercase_letters()
    {
        Assert.Equal(249, RegionCode.Count);
        Assert.Equal(249, RegionCode.Codes.Count);
        var seen = new HashSet<string>();
        foreach (var code in RegionCode.Codes)
        {
            Assert.True(seen.Add(code), code);
            Assert.Matches("^[A-Z]{2}$", code);
            Assert.True(RegionCode.IsValid(code), code);
            Assert.False(string.IsNullOrWhiteSpace(RegionCode.Name(code)), code);
        }
    }

    [Theory]
    [InlineData("SG", "Singapore")]
    [InlineData("VN", "Vietnam")]
    [InlineData("vn", "Vietnam")]
    [InlineData("JP", "Japan")]
    [InlineData("KR", "South Korea")]
    [InlineData("LA", "Laos")]
    [InlineData("TW", "Taiwan")]
    [InlineData("GB", "United Kingdom")]
    [InlineData("US", "United States")]
    [InlineData("TR", "Türkiye")]
    [InlineData("CD", "The Democratic Republic of the Congo")]
    public void Names_are_the_common_english_short_names(string code, string name)
    {
        Assert.Equal(name, RegionCode.Name(code));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("UK")]
    [InlineData("EU")]
    [InlineData("SGP")]
    [InlineData("S")]
    public void Names_of_non_codes_are_null(string? code)
    {
        Assert.Null(RegionCode.Name(code));
    }
}
