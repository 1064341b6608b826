using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using AiCompliance.Testing;

namespace AiCompliance.EndToEnd.Tests;

/// <summary>
/// The build writes and deletes only the card files it owns (docs/model-cards.md#ownership): two projects that write
/// one card file get warning AIC902 naming both, one project's cleanup leaves the other's card alone, and a project
/// folder copied with its obj/ cannot delete the original's cards.
/// </summary>
[Collection(PackedFeed.Name)]
public sealed class ModelCardOwnershipTests
{
    private readonly PackageFeedFixture _feed;

    public ModelCardOwnershipTests(FeedFixture fixture) => _feed = fixture.Feed;

    [Fact]
    public async Task Projects_sharing_a_card_folder_are_warned_and_never_delete_each_others_cards()
    {
        var root = _feed.NewConsumerDirectory("ownership");
        var shared = Path.Combine(root, "shared-cards");
        WriteProject(root, "Alpha", SharedCards, "alpha-only", "shared-scorer");
        WriteProject(root, "Beta", SharedCards, "beta-only", "shared-scorer");

        var alpha = await Build(root, "Alpha");
        Assert.True(alpha.ExitCode == 0, alpha.ToString());
        Assert.DoesNotContain("AIC902", alpha.Output, StringComparison.Ordinal);

        var beta = await Build(root, "Beta");
        Assert.True(beta.ExitCode == 0, beta.ToString());
        var warning = Assert.Single(beta.Output.Replace("\r", "", StringComparison.Ordinal).Split('\n').Where(l => l.Contains("warning AIC902", StringComparison.Ordinal)).Distinct());
        Assert.Contains(
            $"warning AIC902: Model card '{Path.Combine(shared, "shared-scorer.md")}' is written by two projects, {Path.Combine(root, "Beta", "Beta.csproj")} and {Path.Combine(root, "Alpha", "Alpha.csproj")}: the file holds the card of the one built last.",
            warning,
            StringComparison.Ordinal);
        Assert.Equal(["alpha-only.md", "beta-only.md", "shared-scorer.md"], Cards(shared));

        // Alpha drops the shared model: its cleanup must not take Beta's card with it.
        WriteProject(root, "Alpha", SharedCards, "alpha-only");
        var alphaAgain = await Build(root, "Alpha");
        Assert.True(alphaAgain.ExitCode == 0, alphaAgain.ToString());
        Assert.DoesNotContain("AIC902", alphaAgain.Output, StringComparison.Ordinal);
        Assert.Equal(["alpha-only.md", "beta-only.md", "shared-scorer.md"], Cards(shared));
        Assert.Contains("beta-only", File.ReadAllText(Path.Combine(shared, "beta-only.md")), StringComparison.Ordinal);

        // Beta renames its own model: its own stale card goes.
        WriteProject(root, "Beta", SharedCards, "beta-renamed", "shared-scorer");
        var betaAgain = await Build(root, "Beta");
        Assert.True(betaAgain.ExitCode == 0, betaAgain.ToString());
        Assert.Equal(["alpha-only.md", "beta-renamed.md", "shared-scorer.md"], Cards(shared));
    }

    [Fact]
    public async Task A_project_folder_copied_with_its_obj_folder_cannot_delete_the_original_cards()
    {
        var root = _feed.NewConsumerDirectory("copied");
        var original = Path.Combine(root, "original");
        Directory.CreateDirectory(original);
        WriteProject(original, "Gamma", cardFolder: null, "gamma-one", "gamma-two");
        var built = await Build(original, "Gamma");
        Assert.True(built.ExitCode == 0, built.ToString());
        var originalCards = Path.Combine(original, "Gamma", "bin", "Debug", "net10.0", "model-cards");
        Assert.Equal(["gamma-one.md", "gamma-two.md"], Cards(originalCards));

        var copy = Path.Combine(root, "copy");
        CopyDirectory(original, copy);
        WriteProject(copy, "Gamma", cardFolder: null, "gamma-one");
        var copyBuilt = await Build(copy, "Gamma");

        Assert.True(copyBuilt.ExitCode == 0, copyBuilt.ToString());
        Assert.Equal(["gamma-one.md", "gamma-two.md"], Cards(originalCards));
        Assert.Contains(Path.Combine(copy, "Gamma", "Gamma.csproj"), File.ReadAllLines(Path.Combine(copy, "Gamma", "obj", "Debug", "net10.0", "aicompliance.modelcards.manifest"))[0], StringComparison.Ordinal);
    }

    private const string SharedCards = "../shared-cards/";

    private void WriteProject(string root, string name, string? cardFolder, params string[] modelIds)
    {
        var directory = Path.Combine(root, name);
        _feed.WriteProject(directory, name, $"<ModelCardOutputPath>{cardFolder}</ModelCardOutputPath><ModelCardFormats>md</ModelCardFormats><AiComplianceMode>none</AiComplianceMode>");
        var models = modelIds.Select((id, i) => $$"""

            [AiModel("{{id}}", Name = "{{name}} {{id}}", Version = "1.0.0", Kind = ModelKind.Classifier)]
            public sealed class Model{{i}}
            {
            }
            """);
        File.WriteAllText(Path.Combine(directory, "Models.cs"), $"using AiCompliance;\n\nnamespace {name};\n" + string.Concat(models));
    }

    private Task<ProcessResult> Build(string root, string name) =>
        _feed.Dotnet(Path.Combine(root, name), "build", name + ".csproj", "--disable-build-servers", "-nodeReuse:false", "-clp:NoSummary");

    private static string[] Cards(string directory) =>
        Directory.GetFiles(directory).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray();

    private static void CopyDirectory(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
