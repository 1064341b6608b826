using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using AiCompliance.Testing;

namespace AiCompliance.ModelCards.Tests;

/// <summary>The sample's build wrote its cards, and the reader gives the same set from its DLL.</summary>
public sealed class SampleTests
{
    internal static string Configuration =>
        typeof(SampleTests).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyConfigurationAttribute), false)
            .Cast<System.Reflection.AssemblyConfigurationAttribute>().Single().Configuration;

    private static string Output => RepositoryRoot.Combine("samples", "GettingStarted", "bin", Configuration, "net10.0");

    [Fact]
    public async Task The_sample_build_wrote_valid_cards_in_every_format()
    {
        var cards = Path.Combine(Output, "model-cards");
        // The sample's two models declare no risk profile, so the build writes no Annex IV draft.
        var expected = CardFiles.ExpectedNames(["refund-assistant", "review-sentiment"], "GettingStarted", scopedStems: []);
        Assert.Equal(expected, Directory.GetFiles(cards).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        var generated = CardFiles.Generate(Path.Combine(Output, "GettingStarted.dll"));
        Assert.Equal(expected, generated.Keys.Order(StringComparer.Ordinal));

        var bom = Assert.Single(await SchemaValidator.ValidateCycloneDxAsync([Path.Combine(cards, "GettingStarted.cdx.json")]));
        Assert.True(bom.Valid, bom.Errors);
        var card = Assert.Single(await SchemaValidator.ValidateAsync(SchemaValidator.ModelCardSchema, [Path.Combine(cards, "review-sentiment.json")]));
        Assert.True(card.Valid, card.Errors);
        var (front, body) = CardFiles.SplitMarkdown(CardFiles.Text(File.ReadAllBytes(Path.Combine(cards, "review-sentiment.md"))));
        Assert.Contains("classifier", ((YamlDotNet.RepresentationModel.YamlSequenceNode)CardFiles.Get(front, "tags")).Select(CardFiles.Scalar));
        Assert.Equal("Model Card for Review sentiment classifier", CardFiles.RenderMarkdown(body).QuerySelector("h1")!.TextContent);
    }
}
