using System;
using System.Linq;
using AiCompliance.Policy.Rules;

namespace AiCompliance.Policy.Tests.Rules;

/// <summary>AiComplianceLevel as the policy reads it: parsing, the problem it reports, and the severities it yields.</summary>
public sealed class ComplianceLevelTests
{
    private static PolicySettings Settings(string? level, string mode = "strict") => PolicySettings.Create(mode, null, "2026-11-01", null, null, level);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("latest")]
    [InlineData(" Latest ")]
    public void No_level_or_latest_pins_nothing(string? level)
    {
        var settings = Settings(level);
        Assert.Null(settings.Level);
        Assert.Empty(settings.Problems);
    }

    [Theory]
    [InlineData("0.1", 0, 1, 0)]
    [InlineData("0.1.0", 0, 1, 0)]
    [InlineData(" 2.10.3 ", 2, 10, 3)]
    public void A_release_number_with_or_without_patch_is_a_level(string level, int major, int minor, int patch)
    {
        var settings = Settings(level);
        Assert.Equal(new Version(major, minor, patch), settings.Level);
        Assert.Empty(settings.Problems);
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("1")]
    [InlineData("1.2.3.4")]
    [InlineData("1.-2")]
    [InlineData("1..2")]
    [InlineData("preview")]
    public void Anything_else_is_a_problem_and_latest_applies(string level)
    {
        var settings = Settings(level);
        Assert.Null(settings.Level);
        Assert.Equal(
            new[] { "AiComplianceLevel '" + level.Trim() + "' is neither latest nor a release number such as 0.1.0; the policy uses latest" },
            settings.Problems);
    }

    [Theory]
    [InlineData("minimal")]
    [InlineData("recommended")]
    [InlineData("strict")]
    public void Rules_introduced_after_the_level_are_at_most_suggestions_and_rules_off_stay_off(string mode)
    {
        var settings = Settings("0.0", mode);
        foreach (var rule in RuleCatalog.Descriptors)
        {
            var inMode = rule.SeverityIn(settings.Mode);
            Assert.Equal(inMode == RuleSeverity.None ? RuleSeverity.None : RuleSeverity.Info, settings.SeverityOf(rule));
        }
    }

    [Theory]
    [InlineData("latest")]
    [InlineData("0.1.0")]
    [InlineData("99.0")]
    public void Rules_introduced_at_or_before_the_level_keep_their_mode_severity(string level)
    {
        var settings = Settings(level);
        Assert.All(RuleCatalog.Descriptors, rule => Assert.Equal(rule.SeverityIn(ComplianceMode.Strict), settings.SeverityOf(rule)));
    }

    [Fact]
    public void Copies_keep_the_level()
    {
        var settings = Settings("0.0");
        Assert.Equal(settings.Level, settings.WithMode(ComplianceMode.Minimal).Level);
        Assert.Equal(settings.Level, settings.WithToday(new DateTime(2027, 1, 1)).Level);
    }

    [Fact]
    public void Every_rule_records_a_release_number()
    {
        Assert.All(RuleCatalog.Descriptors, rule =>
        {
            Assert.True(RuleRelease.TryParse(rule.IntroducedIn, out var version), rule.Id + ": " + rule.IntroducedIn);
            Assert.Equal(version, rule.IntroducedInVersion);
            Assert.Equal(3, rule.IntroducedIn.Split('.').Length);
        });
        Assert.Contains(RuleCatalog.Descriptors, rule => rule.IntroducedIn == "0.1.0");
    }
}
