using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using AiCompliance.Testing;

namespace AiCompliance.EndToEnd.Tests;

/// <summary>
/// Cards flow like content (docs/model-cards.md#cards-of-referenced-projects): an app that references a library holding
/// a model gets the library's cards in its build output and its publish folder; AiComplianceCopyReferencedModelCards=false
/// takes them out again. A library without models starts no card tool and gets no model-cards/ folder. One solution,
/// built once for the class: Lib (a model), Plain (no model, its card tool a file that is not a program), App (no model,
/// references both).
/// </summary>
[Collection(PackedFeed.Name)]
public sealed class ReferencedModelCardTests : IClassFixture<ReferencedModelCardTests.Solution>
{
    private readonly Solution _solution;

    public ReferencedModelCardTests(Solution solution) => _solution = solution;

    private static readonly string[] LibraryCards = ["Lib.cdx.json", "lib-scorer.html", "lib-scorer.json", "lib-scorer.md"];

    [Fact]
    public void The_app_build_output_holds_the_cards_of_the_referenced_library()
    {
        Assert.True(_solution.Publish.ExitCode == 0, _solution.Publish.ToString());
        Assert.Equal(LibraryCards, _solution.AppOutputCards);
        Assert.Equal(LibraryCards, _solution.LibraryOutputCards);
        foreach (var card in LibraryCards)
        {
            Assert.Equal(_solution.LibraryCardTexts[card], _solution.AppCardTexts[card]);
        }
    }

    [Fact]
    public void The_app_publish_folder_holds_the_cards_of_the_referenced_library()
    {
        Assert.Equal(LibraryCards, _solution.PublishedCards);
    }

    [Fact]
    public void The_build_says_where_the_cards_were_written_once_per_project_in_normal_output()
    {
        var output = _solution.Publish.Output.Replace("\r", "", StringComparison.Ordinal);
        Assert.Single(Lines(output, "AiCompliance: 4 model card files of Lib.dll written to " + Path.Combine(_solution.Root, "Lib", "bin", "Debug", "net10.0", "model-cards") + Path.DirectorySeparatorChar));
        Assert.Single(Lines(output, "AiCompliance: 4 model card files of referenced projects copied to " + Path.Combine(_solution.Root, "App", "bin", "Debug", "net10.0", "model-cards") + Path.DirectorySeparatorChar));
    }

    [Fact]
    public void A_library_without_models_starts_no_card_tool_and_has_no_model_cards_folder()
    {
        // Plain's card tool is a file that is not a program: had the build started it, AIC901 would say so.
        Assert.DoesNotContain("AIC901", _solution.Publish.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_solution.Root, "Plain", "bin", "Debug", "net10.0", "Plain.dll")));
        Assert.False(Directory.Exists(Path.Combine(_solution.Root, "Plain", "bin", "Debug", "net10.0", "model-cards")));
    }

    [Fact]
    public void AiComplianceCopyReferencedModelCards_false_removes_the_copies_and_keeps_the_library_cards()
    {
        Assert.True(_solution.SwitchedOff.ExitCode == 0, _solution.SwitchedOff.ToString());
        Assert.Empty(_solution.AppOutputFilesSwitchedOff);
        Assert.Equal(LibraryCards, _solution.LibraryOutputCardsSwitchedOff);
    }

    private static IEnumerable<string> Lines(string output, string start) =>
        output.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith(start, StringComparison.Ordinal) && l.Length == start.Length);

    /// <summary>Builds and publishes the solution once, then builds it again with the switch off.</summary>
    public sealed class Solution : IAsyncLifetime
    {
        public string Root { get; private set; } = "";

        public ProcessResult Publish { get; private set; } = null!;

        public ProcessResult SwitchedOff { get; private set; } = null!;

        public string[] AppOutputCards { get; private set; } = [];

        public string[] LibraryOutputCards { get; private set; } = [];

        public string[] PublishedCards { get; private set; } = [];

        public Dictionary<string, string> AppCardTexts { get; private set; } = new();

        public Dictionary<string, string> LibraryCardTexts { get; private set; } = new();

        public string[] AppOutputFilesSwitchedOff { get; private set; } = [];

        public string[] LibraryOutputCardsSwitchedOff { get; private set; } = [];

        public async Task InitializeAsync()
        {
            var feed = await PackageFeedFixture.Shared;
            Root = feed.NewConsumerDirectory("referenced-cards");
            WriteProject(feed, "Lib", "", """
                using AiCompliance;

                namespace Lib;

                [AiModel("lib-scorer", Name = "Library scorer", Version = "1.0.0", Kind = ModelKind.Classifier, License = "MIT")]
                public sealed class Scorer
                {
                    public double Score(double x) => x / 2;
                }
                """);
            WriteProject(feed, "Plain", "<AiComplianceCliPath>$(MSBuildProjectDirectory)/not-a-program.dll</AiComplianceCliPath>", """
                namespace Plain;

                public static class Arithmetic
                {
                    public static int Twice(int x) => 2 * x;
                }
                """);
            File.WriteAllText(Path.Combine(Root, "Plain", "not-a-program.dll"), "not a program");
            WriteProject(feed, "App", "<OutputType>Exe</OutputType>", """
                namespace App;

                public static class Program
                {
                    public static void Main() => System.Console.WriteLine(new Lib.Scorer().Score(Plain.Arithmetic.Twice(1)));
                }
                """, "../Lib/Lib.csproj", "../Plain/Plain.csproj");

            var app = Path.Combine(Root, "App");
            Publish = await feed.Dotnet(app, "publish", "App.csproj", "-c", "Debug", "-o", "published", "-v:n", "--disable-build-servers", "-nodeReuse:false");
            AppOutputCards = FileNames(Path.Combine(app, "bin", "Debug", "net10.0", "model-cards"));
            LibraryOutputCards = FileNames(LibraryCardDirectory);
            PublishedCards = FileNames(Path.Combine(app, "published", "model-cards"));
            AppCardTexts = AppOutputCards.ToDictionary(f => f, f => File.ReadAllText(Path.Combine(app, "bin", "Debug", "net10.0", "model-cards", f)));
            LibraryCardTexts = LibraryOutputCards.ToDictionary(f => f, f => File.ReadAllText(Path.Combine(LibraryCardDirectory, f)));

            SwitchedOff = await feed.Dotnet(app, "build", "App.csproj", "-c", "Debug", "-p:AiComplianceCopyReferencedModelCards=false", "--disable-build-servers", "-nodeReuse:false");
            var appCards = Path.Combine(app, "bin", "Debug", "net10.0", "model-cards");
            AppOutputFilesSwitchedOff = Directory.Exists(appCards) ? Directory.GetFiles(appCards, "*", SearchOption.AllDirectories) : [];
            LibraryOutputCardsSwitchedOff = FileNames(LibraryCardDirectory);
        }

        public Task DisposeAsync() => Task.CompletedTask;

        private string LibraryCardDirectory => Path.Combine(Root, "Lib", "bin", "Debug", "net10.0", "model-cards");

        private void WriteProject(PackageFeedFixture feed, string name, string properties, string source, params string[] references)
        {
            var directory = Path.Combine(Root, name);
            feed.WriteProject(directory, name, properties, references);
            File.WriteAllText(Path.Combine(directory, name + ".cs"), source);
        }

        private static string[] FileNames(string directory) =>
            Directory.Exists(directory) ? Directory.GetFiles(directory).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray() : [];
    }
}
