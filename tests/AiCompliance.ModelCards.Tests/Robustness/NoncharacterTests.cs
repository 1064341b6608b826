using System;
using System.Globalization;
using System.Linq;
using AiCompliance.ModelCards.Cards;
using AiCompliance.ModelCards.Reading;
using AiCompliance.ModelCards.Writers;
using AiCompliance.Policy;

namespace AiCompliance.ModelCards.Tests.Robustness;

/// <summary>
/// Regression: the Markdown writer wrote U+FFFF as "&amp;#xFFFF;", which renderers (Markdig, cmark) turn into a raw
/// U+FFFF in their HTML, where AngleSharp takes it for the end of input and drops the rest of the page. The
/// noncharacters U+FFFE and U+FFFF now become U+FFFD in Markdown, as NUL does.
/// </summary>
public sealed class NoncharacterTests
{
    private static readonly Lazy<(ModelCard Card, ModelCard Twin)> Cards = new(() =>
    {
        ModelCard Build(string name, Func<int, string> text)
        {
            var image = RobustnessAssemblies.Compile(name, RobustnessAssemblies.ModelSource(0, text, withDataset: true));
            return ModelCardBuilder.Build(AssemblyDeclarationReader.Read(image, name + ".dll"), PolicySettings.Default, date: null).Single();
        }

        return (
            Build("Robust.Noncharacters", slot => "before\uFFFFmiddle\uFFFEafter " + slot.ToString(CultureInfo.InvariantCulture)),
            Build("Robust.NoncharactersTwin", slot => "plain " + slot.ToString(CultureInfo.InvariantCulture)));
    });

    [Fact]
    public void Noncharacters_in_markdown_become_the_replacement_character_and_the_page_renders_whole()
    {
        var (_, body) = CardFiles.SplitMarkdown(MarkdownCardWriter.Write(Cards.Value.Card));
        var (_, twin) = CardFiles.SplitMarkdown(MarkdownCardWriter.Write(Cards.Value.Twin));

        Assert.DoesNotContain("&#xFFFF;", body, StringComparison.Ordinal);
        Assert.DoesNotContain("&#xFFFE;", body, StringComparison.Ordinal);
        var rendered = CardFiles.RenderMarkdown(body);
        Assert.Equal(CardFiles.ShapeWithoutBanner(CardFiles.RenderMarkdown(twin)), CardFiles.ShapeWithoutBanner(rendered));
        Assert.Contains("before\uFFFDmiddle\uFFFDafter 6", rendered.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_other_formats_keep_noncharacters_exactly()
    {
        using var json = System.Text.Json.JsonDocument.Parse(JsonCardWriter.Write(Cards.Value.Card));
        Assert.Equal("before\uFFFFmiddle\uFFFEafter 6", json.RootElement.GetProperty("model").GetProperty("description").GetString());

        var (front, _) = CardFiles.SplitMarkdown(MarkdownCardWriter.Write(Cards.Value.Card));
        Assert.Equal("before\uFFFFmiddle\uFFFEafter 4", CardFiles.Scalar(CardFiles.Get(front, "base_model")));

        var html = CardFiles.ParseHtml(HtmlCardWriter.Write(Cards.Value.Card));
        Assert.Equal("before\uFFFFmiddle\uFFFEafter 6", html.QuerySelector("h1 ~ p")!.TextContent);
    }
}
