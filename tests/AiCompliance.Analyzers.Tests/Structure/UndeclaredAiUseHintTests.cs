using System;
using System.IO;
using System.Threading.Tasks;
using AiCompliance.Testing;

namespace AiCompliance.Analyzers.Tests.Structure;

/// <summary>
/// The build's one hint for a project that references an AI library but declares no model (the card run wrote no
/// card): with AIC001 baselined or turned down, nothing else in normal build output says AI use was found. The target
/// runs here through MSBuild on a project that stands in for a finished card run.
/// </summary>
public sealed class UndeclaredAiUseHintTests
{
    private const string Hint = "AiCompliance: hint uses AI libraries (OpenAI) but declares no model";

    [Fact]
    public async Task A_project_that_references_an_AI_library_and_writes_no_card_gets_the_hint_once()
    {
        var result = await RunAsync(references: ["OpenAI", "System.Text.Json", "OpenAI"], cards: []);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(2, result.StandardOutput.Split(Hint).Length);
    }

    [Fact]
    public async Task A_project_with_a_declared_model_gets_no_hint()
    {
        var result = await RunAsync(references: ["OpenAI"], cards: ["triage.md"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("declares no model", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_project_without_AI_libraries_gets_no_hint()
    {
        var result = await RunAsync(references: ["System.Text.Json", "Newtonsoft.Json"], cards: []);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("declares no model", result.StandardOutput, StringComparison.Ordinal);
    }

    private static async Task<ProcessResult> RunAsync(string[] references, string[] cards)
    {
        var directory = Directory.CreateTempSubdirectory("aicompliance-hint-");
        try
        {
            var build = RepositoryRoot.Combine("sdk", "AiCompliance", "build");
            var project = Path.Combine(directory.FullName, "hint.proj");
            var referenceItems = string.Concat(Array.ConvertAll(references, name => $"<ReferencePath Include=\"lib/{name}.dll\" />"));
            var cardItems = string.Concat(Array.ConvertAll(cards, name => $"<_AiComplianceModelCard Include=\"cards/{name}\" />"));
            File.WriteAllText(project, $"""
                <Project>
                  <Import Project="{Path.Combine(build, "AiCompliance.props")}" />
                  <PropertyGroup><IntermediateOutputPath>obj/</IntermediateOutputPath><_AiComplianceCardExitCode>0</_AiComplianceCardExitCode></PropertyGroup>
                  <ItemGroup>{referenceItems}{cardItems}</ItemGroup>
                  <Import Project="{Path.Combine(build, "AiCompliance.targets")}" />
                </Project>
                """);
            return await ProcessRunner.RunAsync(
                "dotnet",
                ["msbuild", project, "-t:_AiComplianceReportUndeclaredAiUse", "-nologo", "-v:n"],
                directory.FullName);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
