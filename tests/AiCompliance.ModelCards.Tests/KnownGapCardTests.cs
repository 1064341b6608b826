using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using AiCompliance.ModelCards.Formats;
using AiCompliance.Policy.Baseline;
using AiCompliance.Testing;

namespace AiCompliance.ModelCards.Tests;

/// <summary>
/// With a baseline, every card of the project lists its entries as known gaps (recorded findings not yet fixed) in
/// every format; without one, no format mentions them, so cards of projects without a baseline do not change.
/// </summary>
[Collection(CompiledAssemblies.Name)]
public sealed class KnownGapCardTests
{
    // Markup in a symbol (a recorded attribute argument) must stay text in every format.
    private static readonly BaselineFile Baseline = new(new[]
    {
        new BaselineEntry("AIC001", "Services/ChatService.cs", "ChatService"),
        new BaselineEntry("AIC104", "Models/Scorer.cs", "Notice = \"<b>soon</b>\"", count: 2),
    });

    private readonly TestAssemblies _assemblies;

    public KnownGapCardTests(TestAssemblies assemblies) => _assemblies = assemblies;

    private IReadOnlyList<CardFile> WithBaseline => CardFiles.Files(_assemblies.Full.Path, new ModelCardOptions { Baseline = Baseline });

    [Fact]
    public void Every_json_card_lists_the_entries_in_the_baseline_s_order_and_none_without_a_baseline()
    {
        var cards = WithBaseline.Where(f => f.Format == CardFormats.Json).ToList();
        Assert.True(cards.Count > 1);
        foreach (var card in cards)
        {
            using var json = JsonDocument.Parse(card.Content);
            var gaps = json.RootElement.GetProperty("knownGaps").EnumerateArray()
                .Select(g => (g.GetProperty("rule").GetString()!, g.GetProperty("file").GetString()!, g.GetProperty("symbol").GetString()!, g.GetProperty("count").GetInt32()))
                .ToList();
            Assert.Equal(
                new[] { ("AIC104", "Models/Scorer.cs", "Notice = \"<b>soon</b>\"", 2), ("AIC001", "Services/ChatService.cs", "ChatService", 1) },
                gaps);
        }

        foreach (var card in CardFiles.Files(_assemblies.Full.Path).Where(f => f.Format == CardFormats.Json))
        {
            using var json = JsonDocument.Parse(card.Content);
            Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("knownGaps").ValueKind);
        }
    }

    [Fact]
    public void The_markdown_and_html_cards_show_the_section_saying_the_gaps_are_not_fixed()
    {
        var files = WithBaseline.ToDictionary(f => f.Name, f => f.Content);
        var (_, body) = CardFiles.SplitMarkdown(CardFiles.Text(files["bare.md"]));
        var markdown = CardFiles.RenderMarkdown(body);
        var headings = markdown.QuerySelectorAll("h2").Select(h => h.TextContent).ToList();
        Assert.Equal(headings.IndexOf("Model Card Contact") - 1, headings.IndexOf("Known Gaps (baseline)"));
        var table = markdown.QuerySelectorAll("table").Single(t => t.QuerySelectorAll("th").Select(h => h.TextContent).SequenceEqual(new[] { "Rule", "File", "Symbol", "Findings" }));
        var rows = table.QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c => c.TextContent).ToList()).ToList();
        Assert.Equal(new[] { "AIC104", "Models/Scorer.cs", "Notice = \"<b>soon</b>\"", "2" }, rows[0]);
        Assert.Equal(new[] { "AIC001", "Services/ChatService.cs", "ChatService", "1" }, rows[1]);
        Assert.Empty(table.QuerySelectorAll("b"));
        var explanation = table.PreviousElementSibling!.TextContent;
        Assert.Contains("not fixed", explanation, StringComparison.Ordinal);
        Assert.Contains("nothing here says the model is compliant", explanation, StringComparison.Ordinal);

        var html = CardFiles.ParseHtml(CardFiles.Text(files["bare.html"]));
        Assert.Contains(html.QuerySelectorAll("h2"), h => h.TextContent == "Known Gaps (baseline)");
        var htmlTable = html.QuerySelector("table.known-gaps")!;
        Assert.Equal(new[] { "AIC104", "AIC001" }, htmlTable.QuerySelectorAll("tbody tr").Select(r => r.Children[0].TextContent));
        Assert.Empty(htmlTable.QuerySelectorAll("b"));

        var plain = CardFiles.Files(_assemblies.Full.Path).ToDictionary(f => f.Name, f => f.Content);
        Assert.DoesNotContain("Known Gaps", CardFiles.Text(plain["bare.md"]), StringComparison.Ordinal);
        Assert.DoesNotContain("known-gaps", CardFiles.Text(plain["bare.html"]), StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_baseline_says_it_records_nothing()
    {
        var files = CardFiles.Generate(_assemblies.Full.Path, new ModelCardOptions { Baseline = new BaselineFile(Array.Empty<BaselineEntry>()) });
        var (_, body) = CardFiles.SplitMarkdown(CardFiles.Text(files["bare.md"]));
        Assert.Contains("## Known Gaps (baseline)\n\nThe project's baseline records no finding.", body, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(files["bare.json"]);
        Assert.Equal(0, json.RootElement.GetProperty("knownGaps").GetArrayLength());
    }

    [Fact]
    public void The_bom_carries_one_baseline_property_per_entry_on_every_model()
    {
        using var bom = JsonDocument.Parse(CardFiles.OnlyOf(WithBaseline, CardFormats.CycloneDx));
        var models = bom.RootElement.GetProperty("components").EnumerateArray()
            .Where(c => c.GetProperty("bom-ref").GetString()!.StartsWith("model:", StringComparison.Ordinal))
            .ToList();
        Assert.True(models.Count > 1);
        foreach (var model in models)
        {
            var baseline = model.GetProperty("properties").EnumerateArray()
                .Select(p => (p.GetProperty("name").GetString()!, p.GetProperty("value").GetString()!))
                .Where(p => p.Item1.StartsWith("aicompliance:baseline:", StringComparison.Ordinal))
                .ToList();
            Assert.Equal(
                new[] { ("aicompliance:baseline:AIC104", "Models/Scorer.cs Notice = \"<b>soon</b>\" (x2)"), ("aicompliance:baseline:AIC001", "Services/ChatService.cs ChatService") },
                baseline);
        }

        using var plain = JsonDocument.Parse(CardFiles.OnlyOf(CardFiles.Files(_assemblies.Full.Path), CardFormats.CycloneDx));
        Assert.DoesNotContain("aicompliance:baseline:", plain.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cards_with_known_gaps_validate_against_their_schemas()
    {
        var directory = _assemblies.NewDirectory("known-gaps-schema");
        var paths = new List<string>();
        foreach (var file in WithBaseline.Where(f => f.Format == CardFormats.Json || f.Format == CardFormats.CycloneDx))
        {
            var path = Path.Combine(directory, file.Name);
            File.WriteAllBytes(path, file.Content);
            paths.Add(path);
        }

        var boms = paths.Where(p => p.EndsWith(".cdx.json", StringComparison.Ordinal)).ToList();
        var cards = paths.Except(boms).ToList();
        Assert.Single(boms);
        Assert.All(await SchemaValidator.ValidateCycloneDxAsync(boms), r => Assert.True(r.Valid, r.File + ": " + r.Errors));
        var results = await SchemaValidator.ValidateAsync(SchemaValidator.ModelCardSchema, cards);
        Assert.Equal(cards.Count, results.Count);
        Assert.All(results, r => Assert.True(r.Valid, r.File + ": " + r.Errors));
    }

    [Fact]
    public void The_card_command_reads_the_baseline_given_with_baseline_and_refuses_an_unreadable_one()
    {
        var directory = _assemblies.NewDirectory("known-gaps-cli");
        var baseline = Path.Combine(directory, "aicompliance.baseline.json");
        File.WriteAllText(baseline, Baseline.Write());
        var output = Path.Combine(directory, "cards");
        Assert.Equal(0, Run("card", _assemblies.Full.Path, "-o", output, "--baseline", baseline, "-q"));
        using (var card = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "bare.json"))))
        {
            Assert.Equal(new[] { "AIC104", "AIC001" }, card.RootElement.GetProperty("knownGaps").EnumerateArray().Select(g => g.GetProperty("rule").GetString()));
        }

        var broken = Path.Combine(directory, "broken.baseline.json");
        File.WriteAllText(broken, "{ \"schemaVersion\": 99, \"entries\": [] }");
        var refused = Path.Combine(directory, "refused");
        Assert.Equal(2, Run("card", _assemblies.Full.Path, "-o", refused, "--baseline", broken, "-q"));
        Assert.False(Directory.Exists(refused));
        Assert.Equal(2, Run("card", _assemblies.Full.Path, "-o", refused, "--baseline", Path.Combine(directory, "absent.json"), "-q"));
    }

    private static int Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        return new Cli.CliApplication(output, error, _ => null, new DateTime(2026, 11, 21)).Run(args);
    }
}
