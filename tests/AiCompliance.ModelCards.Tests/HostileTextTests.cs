using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using AiCompliance.ModelCards.Formats;
using YamlDotNet.RepresentationModel;

namespace AiCompliance.ModelCards.Tests;

/// <summary>
/// A model whose every string is hostile (markup, "---", pipes, quotes, newlines, control characters, bidirectional
/// overrides, emoji) gives documents with exactly the structure of its harmless twin (nothing injected), and every
/// string comes back intact when each format is parsed.
/// </summary>
[Collection(CompiledAssemblies.Name)]
public sealed partial class HostileTextTests
{
    private readonly IReadOnlyList<CardFile> _hostile;
    private readonly IReadOnlyList<CardFile> _plain;

    public HostileTextTests(TestAssemblies assemblies)
    {
        _hostile = CardFiles.Files(assemblies.Hostile.Path);
        _plain = CardFiles.Files(assemblies.Plain.Path);
    }

    private string HostileCard(ICardFormat format) => CardFiles.Text(CardFiles.OnlyOf(_hostile, format));

    private string PlainCard(ICardFormat format) => CardFiles.Text(CardFiles.OnlyOf(_plain, format));

    [Fact]
    public void The_html_card_has_the_same_elements_and_attributes_as_its_harmless_twin()
    {
        var hostile = CardFiles.ParseHtml(HostileCard(CardFormats.Html));
        var plain = CardFiles.ParseHtml(PlainCard(CardFormats.Html));

        Assert.Equal(CardFiles.ShapeWithoutBanner(plain), CardFiles.ShapeWithoutBanner(hostile));
        Assert.Empty(hostile.QuerySelectorAll("script, img, iframe"));
        Assert.Equal(2, hostile.QuerySelectorAll("svg").Length); // the metric and the fairness groups
    }

    [Theory]
    [InlineData("Name", 1)]
    [InlineData("Version", 2)]
    [InlineData("Developed by", 3)]
    [InlineData("Finetuned from model", 4)]
    [InlineData("License", 5)]
    [InlineData("Risk rationale", 7)]
    [InlineData("Reviewer", 18)]
    [InlineData("Justification", 19)]
    [InlineData("Accountable owner", 20)]
    [InlineData("Contact", 21)]
    [InlineData("Role", 22)]
    public void Html_facts_round_trip_exactly(string label, int slot)
    {
        var document = CardFiles.ParseHtml(HostileCard(CardFormats.Html));
        var dd = document.QuerySelectorAll("dt").First(dt => dt.TextContent == label).NextElementSibling!;

        Assert.Equal(ExpectedInHtml(Sources.Slot(slot)), dd.TextContent);
        Assert.Equal("bdi", Assert.Single(dd.Children).LocalName);
    }

    [Fact]
    public void Html_paragraphs_lists_and_table_cells_round_trip_exactly()
    {
        var document = CardFiles.ParseHtml(HostileCard(CardFormats.Html));

        Assert.Equal(ExpectedInHtml(Sources.Slot(6)), document.QuerySelector("h1 ~ p")!.TextContent);
        Assert.Equal(ExpectedInHtml(Sources.Slot(8)), document.QuerySelector("#direct-use + p")!.TextContent);
        Assert.Equal(ExpectedInHtml(Sources.Slot(11)), document.QuerySelector("#out-of-scope-use + ul li")!.TextContent);
        var limitation = document.QuerySelector("#known-limitations + table tbody tr")!;
        Assert.Equal(ExpectedInHtml(Sources.Slot(12)), limitation.Children[0].TextContent);
        Assert.Equal(ExpectedInHtml(Sources.Slot(13)), limitation.Children[1].TextContent);
        var results = document.QuerySelectorAll("table.results tbody tr").ToList();
        Assert.Equal(ExpectedInHtml(Sources.Slot(26)), results[0].Children[0].TextContent);
        Assert.Equal("Model card: " + ExpectedInHtml(Sources.Slot(1)), document.Title);
    }

    [Fact]
    public void The_rendered_markdown_has_the_same_structure_as_its_harmless_twin()
    {
        var (_, hostileBody) = CardFiles.SplitMarkdown(HostileCard(CardFormats.Markdown));
        var (_, plainBody) = CardFiles.SplitMarkdown(PlainCard(CardFormats.Markdown));
        var hostile = CardFiles.RenderMarkdown(hostileBody);
        var plain = CardFiles.RenderMarkdown(plainBody);

        Assert.Equal(CardFiles.ShapeWithoutBanner(plain), CardFiles.ShapeWithoutBanner(hostile));
        Assert.Empty(hostile.QuerySelectorAll("script, img, iframe, svg, b, hr, blockquote blockquote, cite, mark, del, ins, sup, code"));
    }

    [Theory]
    [InlineData("Name", 1)]
    [InlineData("Version", 2)]
    [InlineData("Developed by", 3)]
    [InlineData("License", 5)]
    [InlineData("Risk rationale", 7)]
    [InlineData("Reviewer", 18)]
    [InlineData("Contact", 21)]
    public void Markdown_facts_round_trip_with_line_breaks_shown_as_arrows(string label, int slot)
    {
        var (_, body) = CardFiles.SplitMarkdown(HostileCard(CardFormats.Markdown));
        var document = CardFiles.RenderMarkdown(body);
        var item = document.QuerySelectorAll("li").First(li => li.QuerySelector("strong")?.TextContent == label + ":");

        Assert.Equal(label + ": " + ExpectedInMarkdown(Sources.Slot(slot)), item.TextContent);
    }

    [Fact]
    public void Markdown_table_cells_stay_in_their_cells()
    {
        var (_, body) = CardFiles.SplitMarkdown(HostileCard(CardFormats.Markdown));
        var document = CardFiles.RenderMarkdown(body);
        var row = document.QuerySelectorAll("table").First(t => t.QuerySelector("th")?.TextContent == "Limitation").QuerySelector("tbody tr")!;

        Assert.Equal(2, row.Children.Length);
        Assert.Equal(ExpectedInMarkdown(Sources.Slot(12)), row.Children[0].TextContent);
        Assert.Equal(ExpectedInMarkdown(Sources.Slot(13)), row.Children[1].TextContent);
    }

    [Fact]
    public void The_yaml_front_matter_round_trips_exactly_and_has_the_twin_keys()
    {
        var (hostile, _) = CardFiles.SplitMarkdown(HostileCard(CardFormats.Markdown));
        var (plain, _) = CardFiles.SplitMarkdown(PlainCard(CardFormats.Markdown));

        Assert.Equal(plain.Children.Keys.Select(CardFiles.Scalar), hostile.Children.Keys.Select(CardFiles.Scalar));
        Assert.Equal(Sources.Slot(4), CardFiles.Scalar(CardFiles.Get(hostile, "base_model")));
        // The licence name is id-like, as the Hub asks ("line1\nline2..." becomes "line1-line2-line3-line4").
        Assert.Equal("line1-line2-line3-line4", CardFiles.Scalar(CardFiles.Get(hostile, "license_name")));
        Assert.Equal("LICENSE", CardFiles.Scalar(CardFiles.Get(hostile, "license_link")));
        Assert.Equal(new[] { Sources.Slot(52), Sources.Slot(53) }, ((YamlSequenceNode)CardFiles.Get(hostile, "language")).Select(CardFiles.Scalar));
        Assert.Equal(new[] { "aicompliance", "model-card", "generative", "risk-high", "sector-healthcare" }, ((YamlSequenceNode)CardFiles.Get(hostile, "tags")).Select(CardFiles.Scalar));
    }

    [Fact]
    public void The_front_matter_has_no_raw_control_or_invisible_characters_and_no_document_marker()
    {
        var markdown = HostileCard(CardFormats.Markdown);
        var frontMatter = markdown[..(markdown.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)];
        var lines = frontMatter.Split('\n');

        Assert.Equal(2, lines.Count(l => l == "---"));
        Assert.DoesNotMatch(Invisible(), markdown);
    }

    [Fact]
    public void Invisible_characters_are_numeric_references_in_the_html_and_markdown_cards()
    {
        var html = HostileCard(CardFormats.Html);
        var markdown = HostileCard(CardFormats.Markdown);

        // HTML keeps tabs and U+0080–U+009F raw (a reference to a C1 control would be remapped to Windows-1252).
        Assert.DoesNotMatch(Invisible(), new string(html.Where(c => c != '\t' && (c < '\u0080' || c > '\u009F')).ToArray()));
        Assert.DoesNotMatch(Invisible(), markdown);
        foreach (var reference in new[] { "&#x200B;", "&#x200D;", "&#x2060;", "&#xAD;", "&#xFE0F;", "&#x3164;", "&#xE0041;", "&#xE007F;" })
        {
            Assert.Contains(reference, html, StringComparison.Ordinal);
            Assert.Contains(reference, markdown, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_json_card_round_trips_every_string_exactly()
    {
        using var json = JsonDocument.Parse(CardFiles.OnlyOf(_hostile, CardFormats.Json));
        var root = json.RootElement;
        var model = root.GetProperty("model");

        Assert.Equal(Sources.Slot(0), model.GetProperty("id").GetString());
        Assert.Equal(Sources.Slot(1), model.GetProperty("name").GetString());
        Assert.Equal(Sources.Slot(6), model.GetProperty("description").GetString());
        Assert.Equal(Sources.Slot(8), root.GetProperty("intendedUse").GetProperty("purpose").GetString());
        Assert.Equal(Sources.Slot(18), root.GetProperty("humanOversight").GetProperty("reviewer").GetString());
        Assert.Equal(Sources.Slot(38), root.GetProperty("aiDisclosure").GetProperty("notice").GetString());
        Assert.Equal(Sources.Slot(26), root.GetProperty("evaluations")[0].GetProperty("results")[0].GetProperty("slice").GetString());
        Assert.Equal(Sources.Slot(50), root.GetProperty("datasets")[0].GetProperty("description").GetString());

        // Control and invisible characters are escaped in the file itself; markup is not (the file is never inlined into
        // HTML, so it escapes only what JSON requires) and reads as written.
        var text = CardFiles.Text(CardFiles.OnlyOf(_hostile, CardFormats.Json));
        Assert.DoesNotMatch(Invisible(), text);
        Assert.DoesNotContain(@"\u003C", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cyclonedx_bom_round_trips_every_string_exactly()
    {
        using var bom = JsonDocument.Parse(CardFiles.OnlyOf(_hostile, CardFormats.CycloneDx));
        var model = bom.RootElement.GetProperty("components").EnumerateArray().Single(c => c.GetProperty("type").GetString() == "machine-learning-model");
        var properties = model.GetProperty("properties").EnumerateArray().Select(p => (p.GetProperty("name").GetString(), p.GetProperty("value").GetString())).ToList();

        Assert.Equal(Sources.Slot(0), model.GetProperty("name").GetString());
        Assert.Contains(("aicompliance:risk:rationale", Sources.Slot(7)), properties);
        Assert.Contains(("aicompliance:oversight:reviewer", Sources.Slot(18)), properties);
        Assert.Contains(("aicompliance:dataResidency:region", Sources.Slot(54)), properties);
        Assert.Equal(Sources.Slot(8), model.GetProperty("modelCard").GetProperty("considerations").GetProperty("useCases")[0].GetString());
        Assert.StartsWith("model:", model.GetProperty("bom-ref").GetString(), StringComparison.Ordinal);
    }

    /// <summary>HTML cannot carry NUL (it becomes U+FFFD); everything else survives, CR included.</summary>
    private static string ExpectedInHtml(string text) => text.Replace('\0', '\uFFFD');

    /// <summary>Markdown shows line breaks as " ↵ " (a raw one would end the row or start a block) and NUL as U+FFFD.</summary>
    private static string ExpectedInMarkdown(string text) => LineBreak().Replace(text, " ↵ ").Replace('\0', '\uFFFD');

    [GeneratedRegex("\r\n|[\r\n\u0085\u2028\u2029]")]
    private static partial Regex LineBreak();

    /// <summary>
    /// Control characters (other than LF) and invisible characters, raw in a file: direction and format characters,
    /// zero-width spaces and joiners, the soft hyphen, variation selectors, fillers, and the tag characters (U+E0000–U+E007F).
    /// </summary>
    [GeneratedRegex("[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u206F\u2028\u2029\uFE00-\uFE0F\uFEFF\u3164]|\uDB40[\uDC00-\uDC7F]")]
    private static partial Regex Invisible();
}
