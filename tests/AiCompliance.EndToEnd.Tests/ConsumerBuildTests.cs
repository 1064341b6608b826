using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace AiCompliance.EndToEnd.Tests;

/// <summary>A project outside the repository that adds one PackageReference gets the attributes and the diagnostics.</summary>
[Collection(PackedFeed.Name)]
public sealed class ConsumerBuildTests
{
    private const string Model = """
        using AiCompliance;

        namespace Consumer;

        [AiModel("loan-triage", Kind = ModelKind.Classifier)]
        public sealed class LoanTriage
        {
            public bool Approve(double score) => score > 0.5;

            public static void Main() => System.Console.WriteLine(new LoanTriage().Approve(0.7));
        }
        """;

    private readonly PackageFeedFixture _feed;

    public ConsumerBuildTests(FeedFixture fixture) => _feed = fixture.Feed;

    [Fact]
    public async Task A_package_reference_brings_the_attributes_and_the_baseline_diagnostics()
    {
        var (directory, result) = await BuildConsumerAsync("-p:AiComplianceMode=minimal");

        Assert.True(result.ExitCode == 0, result.ToString());
        var diagnostics = BuildOutput(result.Output);
        Assert.Equal(
            new[] { "LoanTriage.cs(6,21): warning AIC101", "LoanTriage.cs(6,21): warning AIC102", "LoanTriage.cs(6,21): warning AIC106" },
            diagnostics.Select(d => d.ToString()));
        Assert.StartsWith("Model 'loan-triage' declares no risk profile: add [RiskProfile(…)] (", diagnostics[0].Message, System.StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(directory, "bin", "Debug", "net10.0", "AiCompliance.dll")), "The attributes assembly is not copied to the output.");
    }

    [Fact]
    public async Task With_the_japanese_ui_language_the_compiler_reads_the_messages_from_the_packed_satellite_assembly()
    {
        // PreferredUILang reaches csc as /preferreduilang, and Roslyn formats every diagnostic in that culture, the
        // analyzers' too. The build servers are off here as in every consumer build of these tests, but the compiler
        // server also takes the culture from each request's command line (checked by hand), so the IDE-less default
        // of a shared compiler needs no extra switch.
        var (_, result) = await BuildConsumerAsync("-p:AiComplianceMode=minimal", "-p:PreferredUILang=ja");

        Assert.True(result.ExitCode == 0, result.ToString());
        var diagnostics = BuildOutput(result.Output);
        Assert.Equal(new[] { "AIC101", "AIC102", "AIC106" }, diagnostics.Select(d => d.Id));
        Assert.StartsWith("モデル 'loan-triage' はリスクプロファイルを宣言していません: [RiskProfile(…)] を追加 (", diagnostics[0].Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_default_mode_adds_what_the_default_frameworks_expect_from_a_classifier_of_undeclared_risk()
    {
        var (_, result) = await BuildConsumerAsync();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            new[] { "AIC101", "AIC102", "AIC103", "AIC105", "AIC106", "AIC107", "AIC111", "AIC112", "AIC113", "AIC119" },
            BuildOutput(result.Output).Select(d => d.Id));
        Assert.All(BuildOutput(result.Output), d => Assert.Equal("warning", d.Severity));
    }

    [Fact]
    public async Task Strict_mode_on_the_command_line_turns_the_findings_into_errors_and_fails_the_build()
    {
        var (_, result) = await BuildConsumerAsync("-p:AiComplianceMode=strict");

        Assert.NotEqual(0, result.ExitCode);
        var diagnostics = BuildOutput(result.Output);
        Assert.Contains(diagnostics, d => d.Id == "AIC101");
        Assert.All(diagnostics, d => Assert.Equal("error", d.Severity));
    }

    [Fact]
    public async Task Selecting_other_frameworks_on_the_command_line_changes_what_is_expected_and_what_is_cited()
    {
        // The OECD reporting framework does not cite human oversight; the baseline rules stay whatever is selected.
        var (_, result) = await BuildConsumerAsync("-p:AiComplianceFrameworks=oecd-haip-rf");

        var diagnostics = BuildOutput(result.Output);
        Assert.Contains(diagnostics, d => d.Id == "AIC101");
        Assert.DoesNotContain(diagnostics, d => d.Id == "AIC105");
        Assert.Contains(diagnostics, d => d.Id == "AIC111");
        Assert.All(diagnostics.Where(d => d.Id != "AIC101" && d.Id != "AIC102" && d.Id != "AIC106"), d => Assert.Contains("oecd-haip-rf", d.Message, System.StringComparison.Ordinal));
        Assert.DoesNotContain(diagnostics, d => d.Message.Contains("asean-guide-2024", System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task Mode_none_switches_every_rule_off()
    {
        var (_, result) = await BuildConsumerAsync("-p:AiComplianceMode=none");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(BuildOutput(result.Output));
    }

    [Fact]
    public async Task A_model_id_with_control_characters_cannot_inject_diagnostics_into_the_build_log()
    {
        // A newline followed by a canonical MSBuild error line, a terminal escape sequence and a NUL byte.
        var id = "loan\\nLoanTriage.cs(1,1): error CS9999: injected\\u001B[31m\\0";
        var (_, result) = await BuildConsumerWithModelAsync(Model.Replace("\"loan-triage\"", "\"" + id + "\"", System.StringComparison.Ordinal), "-p:AiComplianceMode=minimal");

        Assert.True(result.ExitCode == 0, result.ToString());
        var diagnostics = BuildDiagnostic.Parse(result.Output, "");
        Assert.Equal(
            new[] { "LoanTriage.cs(6,21): warning AIC101", "LoanTriage.cs(6,21): warning AIC102", "LoanTriage.cs(6,21): warning AIC106" },
            diagnostics.Select(d => d.ToString()));
        const string Escaped = @"Model 'loan\nLoanTriage.cs(1,1): error CS9999: injected\u001B[31m\0' declares no risk profile";
        Assert.StartsWith(Escaped, diagnostics[0].Message, System.StringComparison.Ordinal);
        Assert.DoesNotContain('\u001B', result.Output);
        Assert.DoesNotContain('\0', result.Output);
        Assert.DoesNotMatch(@"(?m)^LoanTriage\.cs\(1,1\)", result.Output);
    }

    private static System.Collections.Generic.IReadOnlyList<BuildDiagnostic> BuildOutput(string output) => BuildDiagnostic.Parse(output, "AIC");

    private Task<(string Directory, AiCompliance.Testing.ProcessResult Result)> BuildConsumerAsync(params string[] properties) =>
        BuildConsumerWithModelAsync(Model, properties);

    private async Task<(string Directory, AiCompliance.Testing.ProcessResult Result)> BuildConsumerWithModelAsync(string model, params string[] properties)
    {
        var directory = _feed.NewConsumerDirectory("consumer");
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="AiCompliance" Version="{_feed.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "LoanTriage.cs"), model);
        var result = await _feed.Dotnet(directory, ["build", "Consumer.csproj", "--disable-build-servers", "-nodeReuse:false", "-clp:NoSummary", .. properties]);
        return (directory, result);
    }
}
