using System.IO;
using System.Threading.Tasks;
using AiCompliance.Testing;

namespace AiCompliance.EndToEnd.Tests;

/// <summary>The CLI as auditors and release engineers get it: a .NET tool installed from the feed.</summary>
[Collection(PackedFeedForSamples.Name)]
public sealed class ToolTests
{
    private readonly PackageFeedFixture _feed;

    public ToolTests(FeedFixture fixture) => _feed = fixture.Feed;

    [Fact]
    public async Task The_tool_installs_from_the_feed_and_writes_the_cards_of_a_built_sample()
    {
        var directory = SampleWorkspace.Copy(_feed, "CreditScoring");
        var build = await _feed.Dotnet(directory, SampleWorkspace.Build("CreditScoring", "-p:GenerateModelCards=false"));
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.False(Directory.Exists(SampleWorkspace.ModelCards(directory)), "GenerateModelCards=false still wrote cards.");

        var tools = Path.Combine(directory, "tools");
        var install = await _feed.Dotnet(directory, "tool", "install", "AiCompliance.Cli", "--version", _feed.Version, "--tool-path", tools, "--add-source", _feed.Feed);
        Assert.True(install.ExitCode == 0, install.ToString());

        var assembly = Path.Combine(directory, "bin", "Debug", "net10.0", "CreditScoring.dll");
        var output = Path.Combine(directory, "audit");
        var card = await ProcessRunner.RunAsync(Path.Combine(tools, "aicompliance"), ["card", assembly, "--out", output], directory);
        Assert.True(card.ExitCode == 0, card.ToString());
        foreach (var file in new[] { "credit-risk-scorer.md", "credit-risk-scorer.json", "credit-risk-scorer.html", "CreditScoring.cdx.json" })
        {
            Assert.True(File.Exists(Path.Combine(output, file)), $"{file} is missing.");
        }

        var missing = await ProcessRunner.RunAsync(Path.Combine(tools, "aicompliance"), ["card", Path.Combine(directory, "nope.dll"), "--out", output], directory);
        Assert.Equal(2, missing.ExitCode);
    }
}
