using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace AiCompliance.Policy.Rules;

/// <summary>
/// The files of the package's build integration that are derived from the rule catalogue: one global analyzer config
/// per mode, and the table of the releases that introduced each rule (for <c>AiComplianceLevel</c>). They are written
/// when the package is built (<c>aicompliance package-assets</c>), never by hand, so a new rule needs no edit to them.
/// </summary>
public static class RuleBuildFiles
{
    /// <summary>The release table's path, relative to the package root; the build targets read it from there.</summary>
    public const string RuleReleasesPath = "build/AiCompliance.RuleReleases.props";

    /// <summary>The mode config's path, relative to the package root; the build targets add it from there.</summary>
    public static string ModeConfigPath(ComplianceMode mode) => "config/aicompliance." + ModeName(mode) + ".globalconfig";

    /// <summary>Every derived file, by its path relative to the package root.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> All()
    {
        var files = new List<KeyValuePair<string, string>>();
        foreach (var mode in Enum.GetValues(typeof(ComplianceMode)).Cast<ComplianceMode>())
        {
            files.Add(new KeyValuePair<string, string>(ModeConfigPath(mode), RenderModeConfig(mode)));
        }

        files.Add(new KeyValuePair<string, string>(RuleReleasesPath, RenderRuleReleases()));
        return files;
    }

    /// <summary>The global analyzer config that gives every rule its severity in <paramref name="mode"/>.</summary>
    public static string RenderModeConfig(ComplianceMode mode)
    {
        var name = ModeName(mode);
        var text = new StringBuilder()
            .Append("# AiCompliance policy mode '").Append(name).Append("': the severity of every rule in this mode.\n")
            .Append("# Generated from the rule catalogue (sdk/AiCompliance.Policy/Rules) when the package is built.\n")
            .Append("# The package adds this file when AiComplianceMode=").Append(name).Append(". Its low global_level lets your own\n")
            .Append("# .editorconfig and .globalconfig settings win.\n")
            .Append("is_global = true\n")
            .Append("global_level = -90\n\n");
        foreach (var rule in RuleCatalog.Descriptors.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            text.Append("# ").Append(rule.Title).Append('\n');
            text.Append("dotnet_diagnostic.").Append(rule.Id).Append(".severity = ").Append(ConfigSeverity(rule.SeverityIn(mode))).Append("\n\n");
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>
    /// The release that introduced each rule, as MSBuild items. The build targets read them at build time, through the
    /// target this file declares, rather than importing the file: builds from source (samples) evaluate before the
    /// package project has written it.
    /// </summary>
    public static string RenderRuleReleases()
    {
        var text = new StringBuilder()
            .Append("<Project>\n")
            .Append("  <!--\n")
            .Append("    The package release that introduced each rule, for AiComplianceLevel (AiCompliance.targets).\n")
            .Append("    Generated from the rule catalogue (sdk/AiCompliance.Policy/Rules) when the package is built.\n")
            .Append("  -->\n")
            .Append("  <ItemGroup>\n");
        foreach (var rule in RuleCatalog.Descriptors.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            text.Append("    <_AiComplianceRuleRelease Include=\"").Append(rule.Id).Append("\" IntroducedIn=\"").Append(rule.IntroducedIn).Append("\" />\n");
        }

        return text
            .Append("  </ItemGroup>\n\n")
            .Append("  <Target Name=\"GetAiComplianceRuleReleases\" Returns=\"@(_AiComplianceRuleRelease)\" />\n")
            .Append("</Project>\n")
            .ToString();
    }

    /// <summary>The mode's name as <c>AiComplianceMode</c> spells it.</summary>
    public static string ModeName(ComplianceMode mode) => mode.ToString().ToLowerInvariant();

    private static string ConfigSeverity(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        RuleSeverity.Info => "suggestion",
        _ => "none",
    };
}
