using System;
using System.Linq;
using System.Xml.Linq;
using AiCompliance.Policy.Rules;

namespace AiCompliance.Policy.Tests.Rules;

/// <summary>
/// The files the package build derives from the rule catalogue: a global analyzer config per mode, and the release
/// table AiComplianceLevel reads. Both are parsed back and compared with the catalogue.
/// </summary>
public sealed class RuleBuildFilesTests
{
    public static TheoryData<ComplianceMode> Modes() => new(Enum.GetValues<ComplianceMode>());

    [Theory]
    [MemberData(nameof(Modes))]
    public void A_mode_config_gives_every_rule_its_severity_in_the_mode(ComplianceMode mode)
    {
        var lines = RuleBuildFiles.RenderModeConfig(mode).Split('\n');

        Assert.Equal(["is_global = true", "global_level = -90"], lines.Where(l => l.StartsWith("is_global", StringComparison.Ordinal) || l.StartsWith("global_level", StringComparison.Ordinal)));
        var severities = lines
            .Where(l => l.StartsWith("dotnet_diagnostic.", StringComparison.Ordinal))
            .Select(l => l.Split(" = "))
            .ToDictionary(p => p[0]["dotnet_diagnostic.".Length..^".severity".Length], p => p[1], StringComparer.Ordinal);
        var expected = RuleCatalog.Descriptors.ToDictionary(r => r.Id, r => ConfigSeverity(r.SeverityIn(mode)), StringComparer.Ordinal);
        Assert.Equal(expected, severities);
    }

    [Fact]
    public void The_modes_differ_where_the_catalogue_says()
    {
        Assert.Contains("dotnet_diagnostic.AIC101.severity = error\n", RuleBuildFiles.RenderModeConfig(ComplianceMode.Strict), StringComparison.Ordinal);
        Assert.Contains("dotnet_diagnostic.AIC101.severity = none\n", RuleBuildFiles.RenderModeConfig(ComplianceMode.None), StringComparison.Ordinal);
    }

    [Fact]
    public void The_release_table_lists_every_rule_with_its_release_and_returns_them_from_its_target()
    {
        var project = XElement.Parse(RuleBuildFiles.RenderRuleReleases());

        var releases = project.Elements("ItemGroup").Elements("_AiComplianceRuleRelease")
            .ToDictionary(e => (string)e.Attribute("Include")!, e => (string)e.Attribute("IntroducedIn")!, StringComparer.Ordinal);
        Assert.Equal(RuleCatalog.Descriptors.ToDictionary(r => r.Id, r => r.IntroducedIn, StringComparer.Ordinal), releases);
        var target = Assert.Single(project.Elements("Target"));
        Assert.Equal(("GetAiComplianceRuleReleases", "@(_AiComplianceRuleRelease)"), ((string)target.Attribute("Name")!, (string)target.Attribute("Returns")!));
    }

    [Fact]
    public void Every_file_has_its_package_path()
    {
        Assert.Equal(
            [
                "config/aicompliance.none.globalconfig",
                "config/aicompliance.minimal.globalconfig",
                "config/aicompliance.recommended.globalconfig",
                "config/aicompliance.strict.globalconfig",
                "build/AiCompliance.RuleReleases.props",
            ],
            RuleBuildFiles.All().Select(f => f.Key));
        Assert.Equal(RuleBuildFiles.RenderRuleReleases(), RuleBuildFiles.All().Single(f => f.Key == RuleBuildFiles.RuleReleasesPath).Value);
    }

    private static string ConfigSeverity(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        RuleSeverity.Info => "suggestion",
        _ => "none",
    };
}
