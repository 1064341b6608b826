using AiCompliance.Policy.Validation;

namespace AiCompliance.Policy.Tests.Validation;

public sealed class SemanticVersionTests
{
    // The examples are semver.org's (SemVer 2.0.0, items 2, 9, 10 and 11).
    [Theory]
    [InlineData("0.0.0")]
    [InlineData("0.1.0")]
    [InlineData("1.2.0")]
    [InlineData("1.9.0")]
    [InlineData("1.10.0")]
    [InlineData("1.11.0")]
    [InlineData("10.20.30")]
    [InlineData("1.0.0-alpha")]
    [InlineData("1.0.0-alpha.1")]
    [InlineData("1.0.0-0.3.7")]
    [InlineData("1.0.0-x.7.z.92")]
    [InlineData("1.0.0-x-y-z.--")]
    [InlineData("1.0.0-alpha.beta")]
    [InlineData("1.0.0-rc.1")]
    [InlineData("1.0.0-0A")]
    [InlineData("1.0.0-alpha+001")]
    [InlineData("1.0.0+20130313144700")]
    [InlineData("1.0.0-beta+exp.sha.5114f85")]
    [InlineData("1.0.0+21AF26D3----117B344092BD")]
    [InlineData("1.0.0+0.build.1-rc.10000aaa-kk-0.1")]
    [InlineData("99999999999999999999999.999999999999999999.99999999999999999")]
    public void Valid_versions_pass(string version)
    {
        Assert.True(SemanticVersion.IsValid(version, out var reason), reason);
        Assert.Null(reason);
    }

    [Theory]
    [InlineData(null, "the version is empty")]
    [InlineData("", "the version is empty")]
    [InlineData(" ", "the version is empty")]
    [InlineData("1.0.0 ", "'1.0.0 ' has leading or trailing whitespace")]
    [InlineData("v1.2.0", "'v1.2.0' has a leading 'v'")]
    [InlineData("V1.2.0", "'V1.2.0' has a leading 'V'")]
    [InlineData("1.2", "'1.2' has only major.minor; SemVer needs major.minor.patch (1.2.0)")]
    [InlineData("1", "'1' has only a major version; SemVer needs major.minor.patch (1.0.0)")]
    [InlineData("1.2-beta", "'1.2-beta' has only major.minor; SemVer needs major.minor.patch (1.2.0-beta)")]
    [InlineData("1.2.3.4", "'1.2.3.4' has more than three version numbers; SemVer has major.minor.patch")]
    [InlineData("01.2.3", "'01.2.3': the major version '01' has a leading zero")]
    [InlineData("1.02.3", "'1.02.3': the minor version '02' has a leading zero")]
    [InlineData("1.2.03", "'1.2.03': the patch version '03' has a leading zero")]
    [InlineData("1.2.x", "'1.2.x': the patch version 'x' is not a number")]
    [InlineData("1.0.0_beta", "'1.0.0_beta': the patch version '0_beta' is not a number")]
    [InlineData("1..2", "'1..2': the minor version is empty")]
    [InlineData("1.2.", "'1.2.': the patch version is empty")]
    [InlineData(".1.2", "'.1.2': the major version is empty")]
    [InlineData("-1.0.0", "'-1.0.0': the major version is empty")]
    [InlineData("1.0.0-alpha.01", "'1.0.0-alpha.01': the pre-release identifier '01' has a leading zero")]
    [InlineData("1.0.0-00", "'1.0.0-00': the pre-release identifier '00' has a leading zero")]
    [InlineData("1.0.0-", "'1.0.0-' has an empty pre-release identifier")]
    [InlineData("1.0.0-alpha..1", "'1.0.0-alpha..1' has an empty pre-release identifier")]
    [InlineData("1.0.0-alpha.", "'1.0.0-alpha.' has an empty pre-release identifier")]
    [InlineData("1.0.0+", "'1.0.0+' has an empty build metadata identifier")]
    [InlineData("1.0.0-+build", "'1.0.0-+build' has an empty pre-release identifier")]
    [InlineData("1.2.3-beta_1", "'1.2.3-beta_1' contains '_'; pre-release identifiers use only ASCII letters, digits and '-'")]
    [InlineData("1.2.3+build.1_0", "'1.2.3+build.1_0' contains '_'; build metadata identifiers use only ASCII letters, digits and '-'")]
    [InlineData("1.0.0+build+2", "'1.0.0+build+2' contains a second '+'; build metadata identifiers use only ASCII letters, digits and '-'")]
    [InlineData("1.0.0-béta", "'1.0.0-béta' contains 'é'; pre-release identifiers use only ASCII letters, digits and '-'")]
    [InlineData("1.٠.0", "'1.٠.0': the minor version '٠' is not a number")]
    [InlineData("latest", "'latest': the major version 'latest' is not a number")]
    public void Invalid_versions_fail_with_a_reason(string? version, string expected)
    {
        Assert.False(SemanticVersion.IsValid(version, out var reason));
        Assert.Equal(expected, reason);
    }
}
