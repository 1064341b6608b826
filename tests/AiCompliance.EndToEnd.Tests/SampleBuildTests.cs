using System.IO;
using System.Linq;
using System.Threading.Tasks;
using AiCompliance.Testing;

namespace AiCompliance.EndToEnd.Tests;

/// <summary>
/// The samples, copied out of the repository and built against the packed package: the compliant ones are clean in
/// strict mode and get every card format; GettingStarted reports exactly what its README says.
/// </summary>
[Collection(PackedFeedForSamples.Name)]
public sealed class SampleBuildTests
{
    private readonly PackageFeedFixture _feed;

    public SampleBuildTests(FeedFixture fixture) => _feed = fixture.Feed;

    [Theory]
    [InlineData("CreditScoring", "credit-risk-scorer")]
    [InlineData("CitizenAssistant", "citizen-assistant")]
    public async Task A_compliant_sample_builds_clean_in_strict_mode_and_writes_every_card_format(string sample, string modelId)
    {
        var directory = SampleWorkspace.Copy(_feed, sample);
        var build = await _feed.Dotnet(directory, SampleWorkspace.Build(sample, "-p:AiComplianceMode=strict"));

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Empty(BuildDiagnostic.Parse(build.Output, "AIC"));
        Assert.Empty(BuildDiagnostic.Parse(build.Output, ""));

        var cards = SampleWorkspace.ModelCards(directory);
        // Both declare a sector that EU AI Act Annex III lists, so the build also drafts their Annex IV documentation.
        foreach (var extension in new[] { ".md", ".json", ".html", ".annex-iv.md", ".annex-iv.html" })
        {
            Assert.True(File.Exists(Path.Combine(cards, modelId + extension)), $"{modelId}{extension} is missing from {cards}");
        }

        var bom = Path.Combine(cards, sample + ".cdx.json");
        var validation = await SchemaValidator.ValidateCycloneDxAsync([bom]);
        Assert.All(validation, result => Assert.True(result.Valid, result.Errors));
        var cardValidation = await SchemaValidator.ValidateAsync(SchemaValidator.ModelCardSchema, [Path.Combine(cards, modelId + ".json")]);
        Assert.All(cardValidation, result => Assert.True(result.Valid, result.Errors));
    }

    [Fact]
    public async Task CreditScoring_writes_the_evidence_file_its_declarations_are_bound_to_and_the_build_reports_a_changed_number()
    {
        var directory = SampleWorkspace.Copy(_feed, "CreditScoring");
        var checkedIn = Path.Combine(directory, "eval", "results.json");
        var written = Path.Combine(directory, "written-results.json");
        var run = await _feed.Dotnet(directory, "run", "--project", "CreditScoring.csproj", "-p:GenerateModelCards=false", "--", "--write-evidence", written);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(File.ReadAllText(checkedIn), File.ReadAllText(written));

        // An edited number in the file: the declaration that cites it and every hash pin are reported.
        File.WriteAllText(checkedIn, File.ReadAllText(checkedIn).Replace("\"value\": 0.791875", "\"value\": 0.801875", System.StringComparison.Ordinal));
        var build = await _feed.Dotnet(directory, SampleWorkspace.Build("CreditScoring", "-p:GenerateModelCards=false"));
        var ids = BuildDiagnostic.Parse(build.Output, "AIC").Select(d => d.Id).ToList();
        Assert.Equal(1, ids.Count(id => id == "AIC211"));
        Assert.Equal(12, ids.Count(id => id == "AIC210"));
        Assert.Contains(BuildDiagnostic.Parse(build.Output, "AIC"), d => d.Id == "AIC211" && d.Message.Contains("the file says 0.801875", System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task GettingStarted_reports_exactly_the_diagnostics_its_README_shows()
    {
        var directory = SampleWorkspace.Copy(_feed, "GettingStarted");
        var build = await _feed.Dotnet(directory, SampleWorkspace.Build("GettingStarted"));

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(
            new[]
            {
                "RefundAssistant.cs(51,38): warning AIC402",
                "ReviewDigest.cs(10,21): warning AIC001",
                "ReviewSentimentClassifier.cs(12,12): warning AIC003",
                "ReviewSentimentClassifier.cs(13,21): warning AIC101",
                "ReviewSentimentClassifier.cs(13,21): warning AIC102",
                "ReviewSentimentClassifier.cs(13,21): warning AIC103",
                "ReviewSentimentClassifier.cs(13,21): warning AIC105",
                "ReviewSentimentClassifier.cs(13,21): warning AIC106",
                "ReviewSentimentClassifier.cs(13,21): warning AIC111",
                "ReviewSentimentClassifier.cs(13,21): warning AIC112",
                "ReviewSentimentClassifier.cs(13,21): warning AIC113",
                "ReviewSentimentClassifier.cs(13,21): warning AIC119",
            },
            BuildDiagnostic.Parse(build.Output, "AIC").Select(d => d.ToString()));

        // The README's lines it shows in full are the same, character for character, as the build's: the code-evidence
        // finding it explains, and the undeclared AI code.
        var readme = File.ReadAllText(RepositoryRoot.Combine("samples", "GettingStarted", "README.md"));
        foreach (var shown in BuildDiagnostic.Parse(build.Output, "AIC").Where(d => d.Id is "AIC402" or "AIC001"))
        {
            Assert.Contains($"{shown.File}({shown.Line},{shown.Column}): warning {shown.Id}: {shown.Message}", readme, System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Switching_mode_and_frameworks_on_the_command_line_changes_GettingStarted_as_its_README_says()
    {
        var directory = SampleWorkspace.Copy(_feed, "GettingStarted");

        var minimal = await _feed.Dotnet(directory, SampleWorkspace.Build("GettingStarted", "-p:AiComplianceMode=minimal"));
        // AIC001 is a suggestion in minimal mode: the IDE shows it, the command line does not.
        Assert.Equal(new[] { "AIC003", "AIC101", "AIC102", "AIC106", "AIC402" }, BuildDiagnostic.Parse(minimal.Output, "AIC").Select(d => d.Id).OrderBy(x => x, System.StringComparer.Ordinal));

        var strict = await _feed.Dotnet(directory, SampleWorkspace.Build("GettingStarted", "-p:AiComplianceMode=strict"));
        Assert.NotEqual(0, strict.ExitCode);
        Assert.All(BuildDiagnostic.Parse(strict.Output, "AIC"), d => Assert.Equal("error", d.Severity));

        var oecd = await _feed.Dotnet(directory, SampleWorkspace.Build("GettingStarted", "-p:AiComplianceFrameworks=oecd-haip-rf"));
        var ids = BuildDiagnostic.Parse(oecd.Output, "AIC").Select(d => d.Id).ToList();
        Assert.Contains("AIC101", ids);
        Assert.DoesNotContain("AIC105", ids);
    }

    [Fact]
    public async Task Dotnet_format_applies_the_fixes_and_AIC208_then_reports_the_placeholders()
    {
        var directory = SampleWorkspace.Copy(_feed, "GettingStarted");
        string[] fixedIds = ["AIC001", "AIC003", "AIC101", "AIC102", "AIC106", "AIC402"];
        var restore = await _feed.Dotnet(directory, "restore", "GettingStarted.csproj");
        Assert.True(restore.ExitCode == 0, restore.ToString());

        var format = await _feed.Dotnet(directory, ["format", "analyzers", "GettingStarted.csproj", "--no-restore", "--diagnostics", .. fixedIds, "--severity", "info"]);
        Assert.True(format.ExitCode == 0, format.ToString());

        var build = await _feed.Dotnet(directory, SampleWorkspace.Build("GettingStarted"));
        var diagnostics = BuildDiagnostic.Parse(build.Output, "AIC");
        Assert.DoesNotContain(diagnostics, d => d.Id is "AIC001" or "AIC003" or "AIC402");
        Assert.DoesNotContain(diagnostics, d => fixedIds.Contains(d.Id) && d.Message.Contains("'review-sentiment'", System.StringComparison.Ordinal));

        // Every placeholder the fixes inserted is reported: the dataset name, the model's intended use, risk rationale
        // and owner, and the declarations the newly declared review-digest model now lacks are reported as missing.
        var placeholders = diagnostics.Where(d => d.Id == "AIC208").ToList();
        Assert.Contains(placeholders, d => d.Message.StartsWith("Dataset.Name of dataset 'product-reviews-2025'", System.StringComparison.Ordinal));
        Assert.Contains(placeholders, d => d.Message.StartsWith("IntendedUse.Purpose of model 'review-sentiment'", System.StringComparison.Ordinal));
        Assert.Contains(placeholders, d => d.Message.StartsWith("RiskProfile.Rationale of model 'review-sentiment'", System.StringComparison.Ordinal));
        Assert.Contains(placeholders, d => d.Message.StartsWith("AccountableOwner.Owner of model 'review-sentiment'", System.StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Id == "AIC112" && d.Message.Contains("'review-digest'", System.StringComparison.Ordinal));
        var source = File.ReadAllText(Path.Combine(directory, "ReviewDigest.cs"));
        Assert.Contains("[AiModel(\"review-digest\", Kind = ModelKind.Generative)]", source, System.StringComparison.Ordinal);
        var refunds = File.ReadAllText(Path.Combine(directory, "RefundAssistant.cs"));
        Assert.Contains("public IList<AITool> Tools() => [new ApprovalRequiredAIFunction(AIFunctionFactory.Create(IssueRefund))];", refunds, System.StringComparison.Ordinal);

        // Declared generative by the fix, the chat wrapper owes what generative models owe: an AI disclosure (AIC115).
        Assert.Contains(diagnostics, d => d.Id == "AIC115" && d.Message.Contains("'review-digest'", System.StringComparison.Ordinal));
    }
}
