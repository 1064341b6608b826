using System;
using System.IO;
using System.Threading.Tasks;
using AiCompliance.Testing;

namespace AiCompliance.Analyzers.Tests.Structure;

/// <summary>
/// <c>AiComplianceMode</c> in the package's build targets: a mode the package does not know fails the build before
/// anything is compiled, with the valid modes listed, rather than falling back to a default that lets findings through.
/// The targets run here through MSBuild on a project that stands in for the compiler.
/// </summary>
public sealed class ComplianceModeTargetsTests
{
    [Theory]
    [InlineData("Strict2")]
    [InlineData("stict")]
    [InlineData("off")]
    public async Task An_unknown_mode_is_a_build_error_that_lists_the_valid_modes(string mode)
    {
        var result = await BuildAsync(mode);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(
            $"error AIC005: AiComplianceMode '{mode}' is not one of none, minimal, recommended, strict (case and surrounding spaces are ignored).",
            result.StandardOutput,
            StringComparison.Ordinal);
        Assert.DoesNotContain("compiled", result.StandardOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("strict")]
    [InlineData("Strict")]
    [InlineData(" none ")]
    [InlineData("minimal")]
    [InlineData("recommended")]
    [InlineData("")]
    public async Task A_known_mode_in_any_case_or_the_default_builds(string mode)
    {
        var result = await BuildAsync(mode);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("compiled", result.StandardOutput, StringComparison.Ordinal);
    }

    private static async Task<ProcessResult> BuildAsync(string mode)
    {
        var directory = Directory.CreateTempSubdirectory("aicompliance-mode-");
        try
        {
            var build = RepositoryRoot.Combine("sdk", "AiCompliance", "build");
            var project = Path.Combine(directory.FullName, "mode.proj");
            File.WriteAllText(project, $"""
                <Project>
                  <Import Project="{Path.Combine(build, "AiCompliance.props")}" />
                  <PropertyGroup><IntermediateOutputPath>obj/</IntermediateOutputPath></PropertyGroup>
                  <Import Project="{Path.Combine(build, "AiCompliance.targets")}" />
                  <Target Name="BeforeBuild" />
                  <Target Name="CoreCompile"><Message Importance="high" Text="compiled" /></Target>
                  <Target Name="Build" DependsOnTargets="BeforeBuild;CoreCompile" />
                </Project>
                """);
            return await ProcessRunner.RunAsync(
                "dotnet",
                ["msbuild", project, "-t:Build", "-nologo", "-v:m", "-p:AiComplianceMode=" + mode],
                directory.FullName);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
