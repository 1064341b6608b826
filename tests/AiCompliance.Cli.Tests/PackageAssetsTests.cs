using System;
using System.IO;
using System.Linq;
using AiCompliance.Policy.Rules;

namespace AiCompliance.Cli.Tests;

/// <summary>
/// <c>package-assets</c>, which the package project runs when it builds: it writes the files derived from the rule
/// catalogue under the folder given, laid out as in the package, and it stays out of the help.
/// </summary>
public sealed class PackageAssetsTests
{
    [Fact]
    public void Writes_every_derived_file_at_its_package_path()
    {
        using var root = new TempDirectory("aicompliance-assets");

        var result = CliRunner.Run("package-assets", "--out", root.Path);

        Assert.Equal((0, "", ""), (result.Exit, result.Out, result.Error));
        var written = Directory.GetFiles(root.Path, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root.Path, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        Assert.Equal(
            [
                "build/AiCompliance.RuleReleases.props",
                "config/aicompliance.minimal.globalconfig",
                "config/aicompliance.none.globalconfig",
                "config/aicompliance.recommended.globalconfig",
                "config/aicompliance.strict.globalconfig",
            ],
            written);
        foreach (var file in RuleBuildFiles.All())
        {
            Assert.Equal(file.Value, File.ReadAllText(Path.Combine(root.Path, file.Key)));
        }
    }

    [Fact]
    public void An_unchanged_file_is_not_written_again()
    {
        using var root = new TempDirectory("aicompliance-assets");
        Assert.Equal(0, CliRunner.Run("package-assets", "--out", root.Path).Exit);
        var strict = Path.Combine(root.Path, RuleBuildFiles.ModeConfigPath(Policy.ComplianceMode.Strict));
        var stale = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(strict, stale);

        Assert.Equal(0, CliRunner.Run("package-assets", "--out", root.Path).Exit);

        Assert.Equal(stale, File.GetLastWriteTimeUtc(strict));
    }

    [Fact]
    public void Is_hidden_from_the_help_and_the_list_of_commands()
    {
        Assert.DoesNotContain("package-assets", CliRunner.Run("--help").Out, StringComparison.Ordinal);
        Assert.Equal(
            "aicompliance: error: unknown command 'publish'. Commands: card, check, baseline, diff, rules, frameworks. Run 'aicompliance --help'.",
            CliRunner.Run("publish").Error.TrimEnd());
    }

    [Fact]
    public void Needs_the_output_folder()
    {
        var result = CliRunner.Run("package-assets");

        Assert.Equal(2, result.Exit);
        Assert.StartsWith("aicompliance: error: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("--out", result.Error, StringComparison.Ordinal);
    }
}
