using System;
using System.Collections.Generic;
using System.Linq;
using AiCompliance.ModelCards.Cards;
using AiCompliance.ModelCards.Reading;
using AiCompliance.ModelCards.Writers;
using AiCompliance.Policy;
using AiCompliance.Policy.Declarations;
using AngleSharp.Dom;

namespace AiCompliance.ModelCards.Tests;

/// <summary>
/// A model-level declaration without a bespoke layout reaches the Markdown and HTML cards through a generic section
/// derived from the registry. Existing kinds are forced through it to pin its output, hostile text included.
/// </summary>
public sealed class GenericCardSectionTests
{
    private const string Hostile = "</script><script>alert(1)</script> | a | b |\n# heading";

    // Every property shape: text, text list, number, number list, bool (FairnessAssessment), whole number
    // (Monitoring), enum and enum list (RiskProfile).
    private static readonly DeclarationKind[] Forced = { DeclarationKinds.RiskProfile, DeclarationKinds.FairnessAssessment, DeclarationKinds.Monitoring };

    private static readonly (string Label, string Value)[] RiskProfileFacts =
    {
        ("Level", "High"),
        ("Sectors", "Finance, Law enforcement"),
        ("Rationale", Hostile),
    };

    private static readonly (string Label, string Value)[][] FairnessFacts =
    {
        new[]
        {
            ("Protected attribute", Hostile),
            ("Metric", "demographic parity"),
            ("Value", "0.05"),
            ("Threshold", "0.1"),
            ("Higher is better", "no"),
            ("Mitigation", CardDocumentBuilder.NotDeclared),
            ("Groups", "women, men"),
            ("Group values", "0.5, 0.55"),
            ("Language", CardDocumentBuilder.NotDeclared),
            ("Evidence", CardDocumentBuilder.NotDeclared),
            ("Evidence sha256", CardDocumentBuilder.NotDeclared),
        },
        new[]
        {
            ("Protected attribute", "age"),
            ("Metric", CardDocumentBuilder.NotDeclared),
            ("Value", CardDocumentBuilder.NotDeclared),
            ("Threshold", CardDocumentBuilder.NotDeclared),
            ("Higher is better", CardDocumentBuilder.NotDeclared),
            ("Mitigation", CardDocumentBuilder.NotDeclared),
            ("Groups", CardDocumentBuilder.NotDeclared),
            ("Group values", CardDocumentBuilder.NotDeclared),
            ("Language", CardDocumentBuilder.NotDeclared),
            ("Evidence", CardDocumentBuilder.NotDeclared),
            ("Evidence sha256", CardDocumentBuilder.NotDeclared),
        },
    };

    [Fact]
    public void Every_model_level_kind_is_laid_out_bespoke_or_generically_and_never_both()
    {
        foreach (var kind in DeclarationKinds.All)
        {
            var bespoke = CardDocumentBuilder.Bespoke.Contains(kind);
            var generic = CardDocumentBuilder.GenericKinds.Contains(kind);
            Assert.True(bespoke != generic || kind.Scope == DeclarationScope.Assembly, kind.AttributeName + ": bespoke " + bespoke + ", generic " + generic);
            Assert.True(bespoke || kind.Scope == DeclarationScope.Model, kind.AttributeName + " is assembly-level and has no layout.");
        }

        Assert.Equal(DeclarationKinds.In(DeclarationScope.Model).Where(k => !CardDocumentBuilder.Bespoke.Contains(k)), CardDocumentBuilder.GenericKinds);
    }

    [Fact]
    public void The_html_generic_sections_hold_one_fact_per_property_with_user_text_escaped()
    {
        var html = CardFiles.ParseHtml(HtmlCardWriter.Write(CardDocumentBuilder.Build(Card(), Forced)));

        Assert.Empty(html.QuerySelectorAll("script"));
        var risk = html.QuerySelector("section#risk-profile")!;
        Assert.Equal("Risk classification", risk.QuerySelector("h2")!.TextContent);
        Assert.Equal(RiskProfileFacts, HtmlFacts(risk.QuerySelector("dl")!));

        var fairness = html.QuerySelector("section#fairness-assessment")!;
        Assert.Equal("Fairness evaluation", fairness.QuerySelector("h2")!.TextContent);
        Assert.Equal(new[] { ("fairness-assessment-1", "Fairness evaluation 1"), ("fairness-assessment-2", "Fairness evaluation 2") }, fairness.QuerySelectorAll("h3").Select(h => (h.Id ?? "", h.TextContent)));
        Assert.Equal(FairnessFacts, fairness.QuerySelectorAll("dl").Select(HtmlFacts));

        var monitoring = html.QuerySelector("section#monitoring")!;
        Assert.Equal("Monitoring and incidents", monitoring.QuerySelector("h2")!.TextContent);
        Assert.Equal(new[] { "Not declared." }, monitoring.QuerySelectorAll("p").Select(p => p.TextContent));

        // After the declaration sections, before what the code was seen to do, the summaries and the contact.
        var sections = html.QuerySelectorAll("section").Select(s => s.Id).ToList();
        Assert.Equal(new[] { "environmental-impact", "risk-profile", "fairness-assessment", "monitoring", "observed-in-code", "framework-coverage" }, sections.Skip(sections.IndexOf("environmental-impact")).Take(6));
    }

    [Fact]
    public void The_markdown_generic_sections_hold_one_fact_per_property_with_user_text_escaped()
    {
        var (_, body) = CardFiles.SplitMarkdown(MarkdownCardWriter.Write(CardDocumentBuilder.Build(Card(), Forced)));
        var markdown = CardFiles.RenderMarkdown(body);

        Assert.Empty(markdown.QuerySelectorAll("script"));
        Assert.Single(markdown.QuerySelectorAll("h1"));
        Assert.Equal(RiskProfileFacts.Select(MarkdownFact), MarkdownFacts(Section(markdown, "Risk classification")));
        var fairness = Section(markdown, "Fairness evaluation");
        Assert.Equal(new[] { "Fairness evaluation 1", "Fairness evaluation 2" }, fairness.Where(e => e.LocalName == "h3").Select(h => h.TextContent));
        Assert.Equal(FairnessFacts.SelectMany(f => f).Select(MarkdownFact), MarkdownFacts(fairness));
        Assert.Equal(new[] { "Not declared." }, Section(markdown, "Monitoring and incidents").Select(e => e.TextContent));

        var headings = markdown.QuerySelectorAll("h2").Select(h => h.TextContent).ToList();
        Assert.Equal(new[] { "Environmental Impact", "Risk classification", "Fairness evaluation", "Monitoring and incidents", "Observed in code", "Framework coverage: what is declared" }, headings.Skip(headings.IndexOf("Environmental Impact")).Take(6));
    }

    [Fact]
    public void Generic_sections_only_add_sections_before_compliance_to_the_bespoke_layout()
    {
        var card = Card();
        var bespoke = CardDocumentBuilder.Build(card, Array.Empty<DeclarationKind>());

        var coverage = CardDocumentBuilder.CoverageHeading + "\n";
        Assert.Equal(Sections(MarkdownCardWriter.Write(bespoke), "\n## ", coverage), Sections(MarkdownCardWriter.Write(card), "\n## ", coverage, CardDocumentBuilder.GenericKinds.Count));
        Assert.Equal(Sections(HtmlCardWriter.Write(bespoke), "<section id=\"", "framework-coverage\""), Sections(HtmlCardWriter.Write(card), "<section id=\"", "framework-coverage\"", CardDocumentBuilder.GenericKinds.Count));
    }

    /// <summary>The text split into sections, without the <paramref name="generic"/> sections just before the compliance one.</summary>
    private static List<string> Sections(string text, string separator, string compliance, int generic = 0)
    {
        var sections = text.Split(separator).ToList();
        var index = sections.FindIndex(s => s.StartsWith(compliance, StringComparison.Ordinal));
        Assert.True(index >= generic, "No compliance section after the generic ones.");
        sections.RemoveRange(index - generic, generic);
        return sections;
    }

    private static (string Label, string Value)[] HtmlFacts(IElement list) =>
        list.QuerySelectorAll("dt").Select(dt => (dt.TextContent, dt.NextElementSibling!.TextContent)).ToArray();

    private static string MarkdownFact((string Label, string Value) fact) =>
        fact.Label + ": " + fact.Value.Replace("\n", " ↵ ", StringComparison.Ordinal);

    private static IEnumerable<string> MarkdownFacts(IEnumerable<IElement> section) =>
        section.Where(e => e.LocalName == "ul").SelectMany(ul => ul.QuerySelectorAll("li")).Select(li => li.TextContent);

    /// <summary>The elements after the level-2 heading <paramref name="title"/>, up to the next one.</summary>
    private static List<IElement> Section(IDocument document, string title)
    {
        var heading = document.QuerySelectorAll("h2").Single(h => h.TextContent == title);
        var elements = new List<IElement>();
        for (var element = heading.NextElementSibling; element is not null && element.LocalName != "h2"; element = element.NextElementSibling)
        {
            elements.Add(element);
        }

        return elements;
    }

    private static ModelCard Card()
    {
        static RawDeclaration Raw(DeclarationKind kind, params (string Name, object? Value)[] named) =>
            new(kind.AttributeName, Array.Empty<object?>(), named.Select(n => new KeyValuePair<string, object?>(n.Name, n.Value)).ToList(), null);

        var model = DeclarationBinder.BindType("Bank.CreditScorer", new[]
        {
            Raw(DeclarationKinds.AiModel, ("Id", "credit-scorer")),
            Raw(DeclarationKinds.RiskProfile, ("Level", 2), ("Sectors", new object?[] { 3, 6 }), ("Rationale", Hostile)),
            Raw(
                DeclarationKinds.FairnessAssessment,
                ("ProtectedAttribute", Hostile),
                ("Metric", "demographic parity"),
                ("Value", 0.05),
                ("Threshold", 0.1),
                ("HigherIsBetter", false),
                ("Groups", new object?[] { "women", "men" }),
                ("GroupValues", new object?[] { 0.5, 0.55 })),
            Raw(DeclarationKinds.FairnessAssessment, ("ProtectedAttribute", "age")),
        });
        var scanned = new ScannedAssembly(new AssemblyDeclarations { AssemblyName = "Bank.Models", Types = new[] { model } }, Guid.Empty, new string('0', 64), null);
        return Assert.Single(ModelCardBuilder.Build(scanned, PolicySettings.Default, null));
    }
}
