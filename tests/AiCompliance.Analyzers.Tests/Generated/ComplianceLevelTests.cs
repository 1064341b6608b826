using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using AiCompliance.Analyzers.Declarations;
using AiCompliance.Analyzers.Structure;
using AiCompliance.Policy;
using AiCompliance.Policy.Rules;
using AiCompliance.Testing;
using Microsoft.CodeAnalysis;

namespace AiCompliance.Analyzers.Tests.Generated;

/// <summary>
/// <c>AiComplianceLevel</c>: the package's build targets lower the rules introduced after the pinned release to
/// suggestions, from the table of rule releases the package build writes from the catalogue (<see cref="RuleBuildFiles"/>).
/// The targets run here through MSBuild, and the config they write is applied by Roslyn over the mode's config.
/// </summary>
public sealed class ComplianceLevelTests
{
    private const string Model = """
        using AiCompliance;

        [AiModel("scorer")]
        public class {|#0:Scorer|} { }
        """;

    [Fact]
    public async Task A_rule_introduced_after_the_pinned_level_is_a_suggestion_even_where_the_mode_makes_it_an_error()
    {
        var levelConfig = await BuildLevelConfigAsync("0.0");
        Assert.NotNull(levelConfig);
        Assert.Contains("dotnet_diagnostic.AIC101.severity = suggestion", levelConfig, StringComparison.Ordinal);

        var test = Scorer();
        test.GlobalConfigs.Add(RuleBuildFiles.RenderModeConfig(ComplianceMode.Strict));
        test.GlobalConfigs.Add(levelConfig!);
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC101").WithLocation(0).WithSeverity(DiagnosticSeverity.Info));
        await test.RunAsync();
    }

    [Theory]
    [InlineData("latest")]
    [InlineData("")]
    [InlineData("0.1")]
    [InlineData("0.1.0")]
    public async Task Latest_and_a_level_that_covers_every_rule_leave_the_mode_severities_alone(string level)
    {
        Assert.Null(await BuildLevelConfigAsync(level));

        var test = Scorer();
        test.GlobalConfigs.Add(RuleBuildFiles.RenderModeConfig(ComplianceMode.Strict));
        test.GlobalOptions["build_property.AiComplianceLevel"] = level;
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC101").WithLocation(0).WithSeverity(DiagnosticSeverity.Error));
        await test.RunAsync();
    }

    [Fact]
    public Task An_unreadable_level_is_reported_and_latest_applies()
    {
        var test = new AnalyzerTest { TestCode = Model.Replace("{|#0:Scorer|}", "Scorer", StringComparison.Ordinal) };
        test.Analyzers.Add(new InvalidConfigurationAnalyzer());
        test.GlobalOptions["build_property.AiComplianceLevel"] = "v1";
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC005").WithNoLocation()
            .WithMessage("AiComplianceLevel 'v1' is neither latest nor a release number such as 0.1.0; the policy uses latest"));
        return test.RunAsync();
    }

    /// <summary>Runs the package's build targets for a level and returns the level config they add, if any.</summary>
    private static async Task<string?> BuildLevelConfigAsync(string level)
    {
        var directory = Directory.CreateTempSubdirectory("aicompliance-level-");
        try
        {
            // The files the package build derives from the catalogue, laid out as in the package, beside the project.
            var ruleFiles = Path.Combine(directory.FullName, "rule-files");
            foreach (var file in RuleBuildFiles.All())
            {
                var path = Path.Combine(ruleFiles, file.Key);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file.Value);
            }

            var build = RepositoryRoot.Combine("sdk", "AiCompliance", "build");
            var project = Path.Combine(directory.FullName, "level.proj");
            File.WriteAllText(project, $"""
                <Project>
                  <Import Project="{Path.Combine(build, "AiCompliance.props")}" />
                  <PropertyGroup><IntermediateOutputPath>obj/</IntermediateOutputPath></PropertyGroup>
                  <Import Project="{Path.Combine(build, "AiCompliance.targets")}" />
                  <Target Name="ShowAnalyzerConfigs" DependsOnTargets="AddAiComplianceModeConfig;AddAiComplianceLevelConfig">
                    <Message Importance="high" Text="config: %(EditorConfigFiles.FullPath)" />
                  </Target>
                </Project>
                """);
            var result = await ProcessRunner.RunAsync(
                "dotnet",
                ["msbuild", project, "-t:ShowAnalyzerConfigs", "-nologo", "-v:m", "-p:AiComplianceLevel=" + level, "-p:AiComplianceRuleFilesRoot=" + ruleFiles + "/"],
                directory.FullName);
            Assert.True(result.ExitCode == 0, result.ToString());

            var configs = result.StandardOutput.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("config: ", StringComparison.Ordinal)).Select(l => l["config: ".Length..]).ToList();
            Assert.Contains(configs, c => c.EndsWith("aicompliance.recommended.globalconfig", StringComparison.Ordinal));
            var levelConfig = configs.SingleOrDefault(c => c.EndsWith("aicompliance.level.globalconfig", StringComparison.Ordinal));
            return levelConfig is null ? null : File.ReadAllText(levelConfig);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static AnalyzerTest Scorer()
    {
        var test = new AnalyzerTest { TestCode = Model };
        test.Analyzers.Add(new MissingRiskProfileAnalyzer());
        return test;
    }
}
