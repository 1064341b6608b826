using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using AiCompliance.Policy.Baseline;

namespace AiCompliance.EndToEnd.Tests;

/// <summary>
/// Adopting the package in a repository that treats warnings as errors: the build is red on the first undeclared AI
/// use, green once the baseline records it (the model cards then list the recorded finding as a known gap), and red
/// again on a new one (docs/baseline.md).
/// </summary>
[Collection(PackedFeed.Name)]
public sealed class BaselineBuildTests
{
    private readonly PackageFeedFixture _feed;

    public BaselineBuildTests(FeedFixture fixture) => _feed = fixture.Feed;

    [Fact]
    public async Task A_recorded_baseline_turns_the_build_green_until_a_new_finding_appears()
    {
        var directory = _feed.NewConsumerDirectory("baseline");
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="AiCompliance" Version="{_feed.Version}" />
              </ItemGroup>
            </Project>
            """);
        // A client of the project's own: the configured namespace makes it an AI API without any provider package.
        File.WriteAllText(Path.Combine(directory, ".globalconfig"), "is_global = true\naicompliance.ai_api_namespaces = Contoso.Llm\n");
        File.WriteAllText(Path.Combine(directory, "LlmClient.cs"), "namespace Contoso.Llm;\n\npublic sealed class LlmClient\n{\n    public string Complete(string prompt) => prompt;\n}\n");
        File.WriteAllText(Path.Combine(directory, "ChatService.cs"), Service("ChatService"));

        var red = await Build(directory);
        Assert.True(red.ExitCode != 0, red.ToString());
        Assert.Equal(new[] { "ChatService.cs(5,21): error AIC001" }, Diagnostics(red));

        // A model declared in a hurry, so the project has a card to list the baseline in: its missing declarations are
        // recorded with the rest.
        File.WriteAllText(Path.Combine(directory, "FaqClassifier.cs"), FaqClassifier);
        var record = await Build(directory, "--no-incremental", "-p:AiComplianceWriteBaseline=true");
        Assert.True(record.ExitCode == 0, record.ToString());
        var baseline = BaselineFile.Parse(File.ReadAllText(Path.Combine(directory, BaselineFile.DefaultFileName)), out var problem);
        Assert.True(baseline is not null, problem);
        string[] recorded = ["AIC001|ChatService.cs|ChatService", "AIC103|FaqClassifier.cs|FaqClassifier", "AIC107|FaqClassifier.cs|FaqClassifier", "AIC112|FaqClassifier.cs|FaqClassifier"];
        Assert.Equal(recorded, baseline!.Entries.Select(e => e.Key));

        var green = await Build(directory);
        Assert.True(green.ExitCode == 0, green.ToString());
        Assert.Empty(Diagnostics(green));

        // The card lists the gap the build no longer reports, as a recorded finding, not as something declared.
        var cards = Path.Combine(directory, "bin", "Debug", "net10.0", "model-cards");
        using (var card = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(cards, "faq-classifier.json"))))
        {
            var gaps = card.RootElement.GetProperty("knownGaps").EnumerateArray()
                .Select(g => g.GetProperty("rule").GetString() + "|" + g.GetProperty("file").GetString() + "|" + g.GetProperty("symbol").GetString() + "|" + g.GetProperty("count").GetInt32())
                .ToArray();
            Assert.Equal(recorded.Select(key => key + "|1"), gaps);
        }

        var markdown = File.ReadAllText(Path.Combine(cards, "faq-classifier.md"));
        Assert.Contains("## Known Gaps (baseline)", markdown, System.StringComparison.Ordinal);
        Assert.Matches(@"\| AIC001 \| ChatService\\?\.cs \| ChatService \| 1 \|", markdown); // '.' may be backslash-escaped

        File.WriteAllText(Path.Combine(directory, "SummaryService.cs"), Service("SummaryService"));
        var redAgain = await Build(directory);
        Assert.True(redAgain.ExitCode != 0, redAgain.ToString());
        Assert.Equal(new[] { "SummaryService.cs(5,21): error AIC001" }, Diagnostics(redAgain));
    }

    // Minimal risk, but no limitations, provenance or evaluation: AIC103, AIC107 and AIC112.
    private const string FaqClassifier = """
        using AiCompliance;

        namespace Consumer;

        [AiModel("faq-classifier", Name = "FAQ classifier", Version = "1.0.0", Kind = ModelKind.Classifier, License = "MIT")]
        [RiskProfile(RiskLevel.Minimal, Rationale = "Routes questions to FAQ pages.")]
        [IntendedUse("Route citizens' questions to the right FAQ page", Users = new[] { "Citizens" })]
        [AccountableOwner("Digital Services", Contact = "digital@example.gov")]
        public sealed class FaqClassifier
        {
        }
        """;

    private static string Service(string name) => $$"""
        using Contoso.Llm;

        namespace Consumer;

        public sealed class {{name}}(LlmClient client)
        {
            public string Answer(string question) => client.Complete(question);
        }
        """;

    private static string[] Diagnostics(AiCompliance.Testing.ProcessResult result) =>
        BuildDiagnostic.Parse(result.Output, "AIC").Select(d => d.ToString()).Distinct().ToArray();

    private Task<AiCompliance.Testing.ProcessResult> Build(string directory, params string[] extra) =>
        _feed.Dotnet(directory, ["build", "Consumer.csproj", "--disable-build-servers", "-nodeReuse:false", "-clp:NoSummary", .. extra]);
}
