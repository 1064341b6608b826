using System;
using System.Linq;
using AiCompliance.ModelCards.Writers;
using AngleSharp.Html.Parser;
using Markdig;
using YamlDotNet.RepresentationModel;

namespace AiCompliance.ModelCards.Tests;

/// <summary>
/// Declared text never becomes a link in the Markdown card, even in renderers that link bare URLs, and invisible
/// characters are written as references (numeric in Markdown and HTML, escapes in YAML), as docs/model-cards.md says.
/// </summary>
[Collection(CompiledAssemblies.Name)]
public sealed class MarkdownAutolinkTests
{
    private static readonly MarkdownPipeline Autolinking = new MarkdownPipelineBuilder().UseAutoLinks().UsePipeTables().Build();

    private readonly TestAssemblies _assemblies;

    public MarkdownAutolinkTests(TestAssemblies assemblies) => _assemblies = assemblies;

    [Theory]
    [InlineData("See https://example.com/model, now")]
    [InlineData("http://example.com")]
    [InlineData("www.example.com/docs")]
    [InlineData("mirror of www.example.org")]
    [InlineData("ftp://ftp.example.net/pub")]
    [InlineData("mailto:data@example.com")]
    [InlineData("tel:+84-28-1234")]
    public void A_bare_url_is_no_link_in_an_autolinking_renderer_and_reads_the_same(string text)
    {
        // The renderer does link the raw text, so the escaped text not being linked means something.
        Assert.NotEmpty(Render(text).QuerySelectorAll("a"));

        var rendered = Render(Escaping.MarkdownInline(text));

        Assert.Empty(rendered.QuerySelectorAll("a"));
        Assert.Equal(text, rendered.Body!.TextContent.Trim());
    }

    [Fact]
    public void The_markdown_card_has_no_link_although_its_declarations_hold_urls_and_addresses()
    {
        var (_, body) = CardFiles.SplitMarkdown(CardFiles.Text(CardFiles.Generate(_assemblies.Rendering.Path)["linked.md"]));

        foreach (var document in new[] { Render(body), CardFiles.RenderMarkdown(body) })
        {
            Assert.Empty(document.QuerySelectorAll("a"));
            var text = document.Body!.TextContent;
            Assert.Contains("See https://example.com/model, http://example.com and WWW.EXAMPLE.COM/docs.", text, StringComparison.Ordinal);
            Assert.Contains("https://data.example.com/crawl?x=1", text, StringComparison.Ordinal);
            Assert.Contains("credit-ai@example.com", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Zero_width_and_tag_characters_are_numeric_references_in_markdown_and_html_and_escapes_in_yaml()
    {
        const string Text = "a\u200Bb\u200Dc\u2060d\u00ADe\uFE0Ff\u3164g\U000E0041h";

        Assert.Equal("a&#x200B;b&#x200D;c&#x2060;d&#xAD;e&#xFE0F;f&#x3164;g&#xE0041;h", Escaping.MarkdownInline(Text));
        Assert.Equal("a&#x200B;b&#x200D;c&#x2060;d&#xAD;e&#xFE0F;f&#x3164;g&#xE0041;h", Escaping.Html(Text));
        var yaml = Escaping.YamlQuoted(Text);
        Assert.Equal("\"a\\u200Bb\\u200Dc\\u2060d\\u00ADe\\uFE0Ff\\u3164g\\U000E0041h\"", yaml);

        // Each reads back as exactly the text.
        Assert.Equal(Text, Render(Escaping.MarkdownInline(Text)).Body!.TextContent.Trim());
        Assert.Equal(Text, new HtmlParser().ParseDocument("<p>" + Escaping.Html(Text)).QuerySelector("p")!.TextContent);
        var stream = new YamlStream();
        stream.Load(new System.IO.StringReader("value: " + yaml));
        Assert.Equal(Text, CardFiles.Scalar(CardFiles.Get((YamlMappingNode)stream.Documents[0].RootNode, "value")));
    }

    [Fact]
    public void An_emoji_keeps_its_joiners_when_rendered()
    {
        const string Family = "👩‍👩‍👧";

        Assert.Equal("👩&#x200D;👩&#x200D;👧", Escaping.Html(Family));
        Assert.Equal(Family, Render(Escaping.MarkdownInline(Family)).Body!.TextContent.Trim());
    }

    private static AngleSharp.Dom.IDocument Render(string markdown) => new HtmlParser().ParseDocument(Markdown.ToHtml(markdown, Autolinking));
}
