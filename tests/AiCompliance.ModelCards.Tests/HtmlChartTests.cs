using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiCompliance.ModelCards.Cards;
using AiCompliance.ModelCards.Reading;
using AiCompliance.ModelCards.Writers;
using AiCompliance.Policy;
using AngleSharp.Dom;

namespace AiCompliance.ModelCards.Tests;

/// <summary>
/// The HTML card's charts: an x axis with labelled ticks, one scale per metric across the card (never a bar's own
/// maximum), and only finite positions inside the chart whatever the declared values.
/// </summary>
[Collection(CompiledAssemblies.Name)]
public sealed class HtmlChartTests
{
    // The plot is the chart's width (640) less the label column (190) and the value column (90).
    private const double PlotLeft = 190;
    private const double PlotWidth = 360;

    private static readonly string[] PositionAttributes = ["x", "x1", "x2", "y", "y1", "y2", "width", "height"];

    private readonly TestAssemblies _assemblies;

    public HtmlChartTests(TestAssemblies assemblies) => _assemblies = assemblies;

    [Fact]
    public void Every_chart_of_a_metric_shares_one_scale_with_labelled_ticks()
    {
        var document = CardFiles.ParseHtml(CardFiles.Text(CardFiles.Generate(_assemblies.Rendering.Path)["latency.html"]));
        var charts = document.QuerySelectorAll("figure.chart").ToList();

        // The results chart and both fairness charts of latency_ms.
        Assert.Equal(3, charts.Count);
        Assert.All(charts, chart => Assert.Equal(["0", "100", "200", "300", "400"], chart.QuerySelectorAll("text.tick").Select(t => t.TextContent)));
        Assert.All(charts, chart => Assert.Contains("Scale 0 to 400,", chart.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal));

        // Bars are proportional to their values on that scale: 340 of 400 does not fill the plot.
        var results = charts.Single(c => c.QuerySelector("svg > title")!.TextContent == "latency_ms");
        AssertBarWidths(results, 120 / 400.0 * PlotWidth, 340 / 400.0 * PlotWidth);
        var region = charts.Single(c => c.QuerySelector("svg > title")!.TextContent == "region: latency_ms");
        AssertBarWidths(region, 50 / 400.0 * PlotWidth, 80 / 400.0 * PlotWidth, 30 / 400.0 * PlotWidth);
        var thresholds = results.QuerySelectorAll("line.threshold").Select(l => Number(l, "x1")).Distinct();
        Assert.Equal([PlotLeft + (200 / 400.0 * PlotWidth)], thresholds);
    }

    [Fact]
    public void Ratios_are_drawn_from_0_to_1_whatever_their_maximum()
    {
        var document = CardFiles.ParseHtml(CardFiles.Text(CardFiles.Generate(_assemblies.Full.Path)["credit-risk-scorer.html"]));
        var auc = document.QuerySelectorAll("figure.chart").Single(c => c.QuerySelector("svg > title")!.TextContent == "auc");

        Assert.Equal(["0", "0.2", "0.4", "0.6", "0.8", "1"], auc.QuerySelectorAll("text.tick").Select(t => t.TextContent));
        AssertBarWidths(auc, 0.87 * PlotWidth, 0.78 * PlotWidth, 0.91 * PlotWidth);
        var axis = auc.QuerySelector("g.x-axis line.axis")!;
        Assert.Equal((PlotLeft, PlotLeft + PlotWidth), (Number(axis, "x1"), Number(axis, "x2")));
    }

    [Fact]
    public void Extreme_values_give_finite_positions_inside_the_chart()
    {
        var html = CardFiles.Text(CardFiles.Generate(_assemblies.Rendering.Path)["extremes.html"]);
        var document = CardFiles.ParseHtml(html);
        var charts = document.QuerySelectorAll("figure.chart svg").ToList();

        Assert.Equal(2, charts.Count);
        AssertPositionsInside(charts);
        // The values are written as declared; the axis spans them all, through zero.
        var values = charts[1].QuerySelectorAll("g:not(.x-axis) > text").Select(t => t.TextContent).ToList();
        Assert.Equal(["overall", "1E+308 ✓", "max", "1.7976931348623157E+308", "min", "-1.7976931348623157E+308", "epsilon", "5E-324"], values);
        Assert.Equal(["-1.7976931348623157E+308", "0", "1.7976931348623157E+308"], charts[1].QuerySelectorAll("text.tick").Select(t => t.TextContent));
        Assert.Equal(4, charts[1].QuerySelectorAll("rect.bar-neutral, rect.bar-meets, rect.bar-misses").Length);
    }

    [Fact]
    public void A_value_that_is_not_a_finite_number_is_written_as_text_and_never_as_a_position()
    {
        var card = ModelCardBuilder.Build(AssemblyDeclarationReader.ReadFile(_assemblies.Rendering.Path), PolicySettings.Default, null)
            .Single(c => c.Id == "latency");
        var chart = new BarChart(
            "hostile numbers",
            [new Bar("nan", double.NaN, 0.5, null), new Bar("up", double.PositiveInfinity, null, null), new Bar("down", double.NegativeInfinity, double.NaN, null), new Bar("fine", 0.5, double.PositiveInfinity, null)],
            higherIsBetter: true);
        var document = CardFiles.ParseHtml(HtmlCardWriter.Write(new CardDocument(card, "numbers", [chart])));
        var svg = Assert.Single(document.QuerySelectorAll("figure.chart svg"));

        Assert.Equal(3, svg.QuerySelectorAll("g:not(.x-axis) > text").Count(t => t.TextContent == "not a finite number"));
        Assert.Single(svg.QuerySelectorAll("rect.bar-neutral"));
        Assert.Single(svg.QuerySelectorAll("line.threshold"));
        Assert.Equal(["0", "0.2", "0.4", "0.6", "0.8", "1"], svg.QuerySelectorAll("text.tick").Select(t => t.TextContent));
        AssertPositionsInside([svg]);
    }

    private static void AssertPositionsInside(IEnumerable<IElement> charts)
    {
        var positions = 0;
        foreach (var svg in charts)
        {
            var height = Number(svg, "height");
            foreach (var element in svg.QuerySelectorAll("*"))
            {
                foreach (var name in PositionAttributes.Where(element.HasAttribute))
                {
                    var value = Number(element, name);
                    var limit = name is "y" or "y1" or "y2" or "height" ? height : 640;
                    Assert.True(value >= 0 && value <= limit, element.OuterHtml);
                    positions++;
                }
            }
        }

        Assert.True(positions > 20);
    }

    private static void AssertBarWidths(IElement chart, params double[] expected) =>
        Assert.Equal(
            expected.Select(width => Math.Round(width, 2)),
            chart.QuerySelectorAll("rect.bar-neutral, rect.bar-meets, rect.bar-misses").Select(r => Number(r, "width")));

    /// <summary>An attribute as a number: only plain decimal digits, so "NaN", "Infinity" and exponents fail.</summary>
    private static double Number(IElement element, string attribute)
    {
        var text = element.GetAttribute(attribute)!;
        Assert.Matches("^-?[0-9]+(\\.[0-9]+)?$", text);
        return Math.Round(double.Parse(text, CultureInfo.InvariantCulture), 2);
    }
}
