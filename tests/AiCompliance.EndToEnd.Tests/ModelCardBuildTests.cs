using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using AiCompliance.ModelCards.Formats;
using AiCompliance.Testing;

namespace AiCompliance.EndToEnd.Tests;

/// <summary>
/// The package writes model cards after every build of a consumer: in every format, incrementally, into the publish
/// output, never when switched off, and never failing the build (AIC901 instead).
/// </summary>
[Collection(PackedFeed.Name)]
public sealed class ModelCardBuildTests
{
    private const string Model = """
        using AiCompliance;

        [assembly: Dataset("reviews-2025", License = "CC-BY-4.0", PersonalData = PersonalDataKind.None)]

        namespace Consumer;

        [AiModel("loan-triage", Name = "Loan triage", Version = "1.0.0", Kind = ModelKind.Classifier, License = "MIT")]
        [RiskProfile(RiskLevel.High, Sector.Finance, Rationale = "Routes loan applications.")]
        [IntendedUse("Route loan applications to the right queue", Users = new[] { "Loan officers" })]
        [AccountableOwner("Retail Credit", Contact = "credit@example.com")]
        [TrainedOn("reviews-2025")]
        [Evaluation("accuracy", 0.91, Dataset = "reviews-2025", Threshold = 0.9)]
        [Evaluation("accuracy", 0.84, Dataset = "reviews-2025", Slice = "language=vi", Threshold = 0.9)]
        public sealed class LoanTriage
        {
            public bool Approve(double score) => score > 0.5;

            public static void Main() => System.Console.WriteLine(new LoanTriage().Approve(0.7));
        }
        """;

    // Every format of the registry: the build passes no --format unless the project sets ModelCardFormats.
    private static readonly string[] CardFiles = CardFormats.All.OfType<IModelCardFormat>().Select(f => "loan-triage" + f.Extension)
        .Concat(CardFormats.All.OfType<IAssemblyCardFormat>().Select(f => f.FileName("Consumer")))
        .ToArray();

    private readonly PackageFeedFixture _feed;

    public ModelCardBuildTests(FeedFixture fixture) => _feed = fixture.Feed;

    [Fact]
    public async Task A_build_writes_every_card_a_second_build_skips_generation_and_publish_includes_them()
    {
        var directory = NewConsumer();
        var build = await Build(directory);
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotMatch(@"warning AIC9\d\d", build.Output);

        var cards = Path.Combine(directory, "bin", "Debug", "net10.0", "model-cards");
        Assert.Equal(CardFiles.Order(StringComparer.Ordinal), Directory.GetFiles(cards).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var bom = await SchemaValidator.ValidateCycloneDxAsync([Path.Combine(cards, "Consumer.cdx.json")]);
        Assert.True(bom.Single().Valid, bom.Single().Errors);
        var card = await SchemaValidator.ValidateAsync(SchemaValidator.ModelCardSchema, [Path.Combine(cards, "loan-triage.json")]);
        Assert.True(card.Single().Valid, card.Single().Errors);

        var stamp = Path.Combine(directory, "obj", "Debug", "net10.0", "aicompliance.modelcards.stamp");
        Assert.True(File.Exists(stamp));
        var before = Timestamps(cards, stamp);

        var again = await Build(directory, "-v:d");
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("Skipping target \"GenerateModelCards\" because all output files are up-to-date", again.Output, StringComparison.Ordinal);
        Assert.Equal(before, Timestamps(cards, stamp));

        var publish = await _feed.Dotnet(directory, "publish", "Consumer.csproj", "-o", "published", "--disable-build-servers", "-nodeReuse:false");
        Assert.True(publish.ExitCode == 0, publish.ToString());
        var published = Path.Combine(directory, "published", "model-cards");
        Assert.Equal(CardFiles.Order(StringComparer.Ordinal), Directory.GetFiles(published).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ModelCardFormats_chooses_the_formats()
    {
        var directory = NewConsumer();
        // The command-line form of docs/configuration.md: MSBuild would split an unquoted "md;json" (MSB1006).
        var build = await Build(directory, "-p:ModelCardFormats=md+json");

        Assert.True(build.ExitCode == 0, build.ToString());
        var cards = Path.Combine(directory, "bin", "Debug", "net10.0", "model-cards");
        Assert.Equal(["loan-triage.json", "loan-triage.md"], Directory.GetFiles(cards).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GenerateModelCards_false_writes_no_card()
    {
        var directory = NewConsumer();
        var build = await Build(directory, "-p:GenerateModelCards=false");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.False(Directory.Exists(Path.Combine(directory, "bin", "Debug", "net10.0", "model-cards")));
        Assert.True(File.Exists(Path.Combine(directory, "bin", "Debug", "net10.0", "Consumer.dll")));
    }

    [Fact]
    public async Task A_missing_or_broken_tool_is_warning_AIC901_and_the_build_succeeds()
    {
        var directory = NewConsumer();
        var missing = await Build(directory, "-p:AiComplianceCliPath=" + Path.Combine(directory, "no-such-tool.dll"));

        Assert.True(missing.ExitCode == 0, missing.ToString());
        Assert.Matches(@"warning AIC901: Model cards were not generated for Consumer\.dll: the aicompliance tool was not found", missing.Output);
        Assert.False(Directory.Exists(Path.Combine(directory, "bin", "Debug", "net10.0", "model-cards")));

        // A file that is not a .NET program: the host fails, and its message reaches the warning.
        var broken = Path.Combine(directory, "broken-tool.dll");
        File.WriteAllText(broken, "not a program");
        var crashed = await Build(directory, "-p:AiComplianceCliPath=" + broken);

        Assert.True(crashed.ExitCode == 0, crashed.ToString());
        Assert.Matches(@"warning AIC901: Model cards were not generated for Consumer\.dll: aicompliance exited with code -?[1-9]\d*: \S", crashed.Output);
    }

    private string NewConsumer()
    {
        var directory = _feed.NewConsumerDirectory("cards");
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
        File.WriteAllText(Path.Combine(directory, "LoanTriage.cs"), Model);
        return directory;
    }

    private Task<ProcessResult> Build(string directory, params string[] arguments) =>
        _feed.Dotnet(directory, ["build", "Consumer.csproj", "--disable-build-servers", "-nodeReuse:false", "-clp:NoSummary", .. arguments]);

    private static Dictionary<string, DateTime> Timestamps(string cards, string stamp) =>
        Directory.GetFiles(cards).Append(stamp).ToDictionary(f => f, File.GetLastWriteTimeUtc, StringComparer.Ordinal);
}
