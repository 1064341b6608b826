using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using AiCompliance.ModelCards.Cards;
using AiCompliance.ModelCards.Localization;

namespace AiCompliance.ModelCards.Writers;

/// <summary>
/// Writes a card as one self-contained HTML page: inline CSS, inline SVG charts, no scripts, fonts or images, and a
/// Content-Security-Policy that would block them anyway. Readable on screen and printable (the colours of the
/// compliance matrix and the charts are kept in print, and every colour has a text equivalent).
/// </summary>
public static class HtmlCardWriter
{
    private const int ChartWidth = 640;
    private const int LabelWidth = 190;
    private const int ValueWidth = 90;
    private const int RowHeight = 26;
    private const int AxisHeight = 24;
    private const int MaxLabelChars = 28;

    private const string Style = """
        :root { color-scheme: light; --ok: #1b7f3b; --ok-bg: #dff3e4; --bad: #b3261e; --bad-bg: #fbe1de; --na: #5f6b73; --na-bg: #eef1f3; --declared: #24425e; --declared-bg: #e6edf4; --warn: #8a4b00; --warn-bg: #fff1d6; --bar: #3b6ea8; --line: #d0d7de; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", "Noto Sans Thai", "Leelawadee UI", "Noto Sans Myanmar", "Myanmar Text", "Noto Sans Khmer", "Khmer UI", sans-serif; color: #1f2328; background: #fff; }
        main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
        h1 { font-size: 1.9rem; margin: 0 0 .75rem; }
        h2 { font-size: 1.4rem; margin: 2rem 0 .5rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
        h3 { font-size: 1.15rem; margin: 1.4rem 0 .4rem; }
        h4 { font-size: 1rem; margin: 1.1rem 0 .3rem; }
        section.banner { border: 2px solid var(--bad); border-radius: 6px; padding: .5rem 1rem; margin: 0 0 1rem; background: var(--bad-bg); }
        section.banner p { margin: .25rem 0; font-weight: 600; color: var(--bad); }
        section.banner ul { margin: .25rem 0; padding-left: 1.25rem; }
        p.note { border-left: 4px solid var(--line); padding: .4rem .8rem; color: #4a5560; background: #f6f8fa; }
        bdi { white-space: pre-wrap; overflow-wrap: anywhere; }
        dl.facts { display: grid; grid-template-columns: minmax(10rem, max-content) 1fr; gap: .2rem 1rem; margin: .5rem 0; }
        dl.facts dt { font-weight: 600; }
        dl.facts dd { margin: 0; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .93rem; }
        th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
        th { background: #f6f8fa; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        td.status-meets { background: var(--ok-bg); color: var(--ok); font-weight: 600; }
        /* "declared" is what the model's team states, not a passed check: a neutral colour, never the green of a met threshold. */
        td.status-declared { background: var(--declared-bg); color: var(--declared); font-weight: 600; }
        table.context td { color: var(--na); }
        td.status-missing, td.status-misses { background: var(--bad-bg); color: var(--bad); font-weight: 600; }
        td.status-not-applicable { background: var(--na-bg); color: var(--na); }
        td.status-incomplete, td.status-invalid, td.status-contradicted, td.status-out-of-date { background: var(--warn-bg); color: var(--warn); font-weight: 600; }
        figure.chart { margin: .5rem 0 1.25rem; }
        figure.chart svg { max-width: 100%; height: auto; }
        figure.chart figcaption { font-size: .85rem; color: #4a5560; }
        svg text { font: 12px system-ui, "Noto Sans", "Noto Sans CJK JP", "Noto Sans Thai", "Noto Sans Myanmar", "Noto Sans Khmer", sans-serif; fill: #1f2328; }
        svg .axis { stroke: #8c959f; stroke-width: 1; }
        svg .grid { stroke: #e4e8ec; stroke-width: 1; }
        svg .zero { stroke: #57606a; stroke-width: 1; }
        svg text.tick { font-size: 11px; fill: #4a5560; }
        svg .track { fill: #f6f8fa; }
        svg .bar-neutral { fill: var(--bar); }
        svg .bar-meets { fill: var(--ok); }
        svg .bar-misses { fill: var(--bad); }
        svg .threshold { stroke: #1f2328; stroke-width: 2; stroke-dasharray: 4 3; }
        footer { max-width: 60rem; margin: 0 auto; padding: 1rem 1.25rem 2rem; color: #4a5560; font-size: .85rem; border-top: 1px solid var(--line); }
        @page { size: A4; margin: 12mm 12mm 14mm; }
        @media print {
          body { font-size: 9pt; line-height: 1.3; }
          main { max-width: none; padding: 0; }
          h1 { font-size: 15pt; margin: 0 0 .4rem; }
          h2 { font-size: 12.5pt; margin: .9rem 0 .3rem; }
          h3 { font-size: 10.5pt; margin: .7rem 0 .2rem; }
          h4 { font-size: 9.5pt; margin: .5rem 0 .15rem; }
          h1, h2, h3, h4 { break-after: avoid; break-inside: avoid; }
          p, li, dd { orphans: 3; widows: 3; }
          p, ul, dl.facts { margin-top: .2rem; margin-bottom: .35rem; }
          dl.facts { gap: 0 .8rem; }
          table { font-size: 8pt; margin: .25rem 0 .5rem; }
          th, td { padding: .1rem .3rem; }
          thead { display: table-header-group; }
          tr, figure.chart, dl.facts, section.banner, p.note { break-inside: avoid; }
          figure.chart { margin: .25rem 0 .6rem; }
          figure.chart figcaption, p.note, footer { font-size: 8pt; }
          figure.chart svg { width: 13cm; }
          footer { max-width: none; padding: .5rem 0 0; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """;

    /// <summary>The card as an HTML document (LF line endings).</summary>
    public static string Write(ModelCard card) => Write(card, CardLanguages.English);

    /// <summary>The card in <paramref name="language"/> as an HTML document (LF line endings).</summary>
    public static string Write(ModelCard card, CardLanguage language) => Write(CardDocumentBuilder.Build(card, language), language);

    internal static string Write(CardDocument document, CardLanguage? language = null)
    {
        var card = document.Card;
        var texts = (language ?? CardLanguages.English).Texts;
        var html = new StringBuilder(32768);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(texts.Tag).Append("\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<meta name=\"generator\" content=\"").Append(Escaping.Html(GeneratorInfo.Name + " " + card.Source.GeneratorVersion)).Append("\">\n");
        html.Append("<title>").Append(Escaping.Html(texts.Format("Html.PageTitle", document.Title))).Append("</title>\n");
        html.Append("<style>\n").Append(Style.Replace("\r\n", "\n")).Append("\n</style>\n</head>\n<body>\n<main>\n");

        var sectionOpen = false;
        var chartIndex = 0;
        var scales = ChartScales(document.Blocks);
        foreach (var block in document.Blocks)
        {
            if (block is Heading { Level: 2 } heading)
            {
                if (sectionOpen)
                {
                    html.Append("</section>\n");
                }

                html.Append("<section id=\"").Append(heading.Id).Append("\">\n");
                sectionOpen = true;
            }

            Render(block, html, scales, texts, ref chartIndex);
        }

        if (sectionOpen)
        {
            html.Append("</section>\n");
        }

        // The template is escaped before the values go in, so that only the values' own markup (<bdi>) is markup.
        var dated = card.Source.Date is { } date ? ", " + date.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";
        html.Append("</main>\n<footer>\n<p>").Append(string.Format(
                CultureInfo.InvariantCulture,
                Escaping.Html(texts["Html.Footer"]),
                Escaping.Html(GeneratorInfo.Name + " " + card.Source.GeneratorVersion),
                GeneratorInfo.CardFormatVersion,
                "<bdi>" + Escaping.Html(CardDocumentBuilder.AssemblyText(card.Source)) + "</bdi>",
                card.Source.Sha256,
                dated))
            .Append("</p>\n</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Render(Block block, StringBuilder html, Dictionary<string, ChartScale> scales, CardTexts texts, ref int chartIndex)
    {
        switch (block)
        {
            case Heading heading:
                html.Append("<h").Append(heading.Level);
                if (heading.Level != 2)
                {
                    html.Append(" id=\"").Append(heading.Id).Append('"');
                }

                html.Append('>').Append(Escaping.Html(heading.Text)).Append("</h").Append(heading.Level).Append(">\n");
                break;
            case Paragraph paragraph:
                html.Append("<p>");
                Runs(paragraph.Runs, html);
                html.Append("</p>\n");
                break;
            case Note note:
                html.Append("<p class=\"note\">");
                Runs(note.Runs, html);
                html.Append("</p>\n");
                break;
            case Banner banner:
                html.Append("<section class=\"banner\" id=\"").Append(banner.Id).Append("\">\n<p>");
                Runs(banner.Summary, html);
                html.Append("</p>\n<ul>\n");
                foreach (var item in banner.Items)
                {
                    html.Append("<li>");
                    Runs(item, html);
                    html.Append("</li>\n");
                }

                html.Append("</ul>\n</section>\n");
                break;
            case FactList facts:
                html.Append("<dl class=\"facts\">\n");
                foreach (var fact in facts.Facts)
                {
                    html.Append("<dt>").Append(Escaping.Html(fact.Label)).Append("</dt><dd>");
                    Run(fact.Value, html);
                    html.Append("</dd>\n");
                }

                html.Append("</dl>\n");
                break;
            case BulletList list:
                html.Append("<ul>\n");
                foreach (var item in list.Items)
                {
                    html.Append("<li>");
                    Run(item, html);
                    html.Append("</li>\n");
                }

                html.Append("</ul>\n");
                break;
            case Table table:
                html.Append("<table");
                if (table.CssClass is not null)
                {
                    html.Append(" class=\"").Append(table.CssClass).Append('"');
                }

                html.Append(">\n<thead><tr>");
                foreach (var header in table.Headers)
                {
                    html.Append("<th scope=\"col\">").Append(Escaping.Html(header)).Append("</th>");
                }

                html.Append("</tr></thead>\n<tbody>\n");
                foreach (var row in table.Rows)
                {
                    html.Append("<tr>");
                    foreach (var cell in row)
                    {
                        html.Append("<td");
                        var classes = (cell.Status is null ? "" : "status-" + cell.Status) + (cell.Numeric ? (cell.Status is null ? "num" : " num") : "");
                        if (classes.Length > 0)
                        {
                            html.Append(" class=\"").Append(classes).Append('"');
                        }

                        html.Append('>');
                        Run(cell.Text, html);
                        html.Append("</td>");
                    }

                    html.Append("</tr>\n");
                }

                html.Append("</tbody>\n</table>\n");
                break;
            case BarChart chart:
                chartIndex++;
                Chart(chart, scales[chart.ScaleKey], html, texts, chartIndex);
                break;
        }
    }

    private static void Runs(IReadOnlyList<Run> runs, StringBuilder html)
    {
        foreach (var run in runs)
        {
            Run(run, html);
        }
    }

    private static void Run(Run run, StringBuilder html)
    {
        var text = Escaping.Html(run.Text);
        switch (run.Style)
        {
            case TextStyle.User:
                // <bdi> isolates right-to-left text and stray direction controls from the text around them.
                html.Append("<bdi>").Append(text).Append("</bdi>");
                break;
            case TextStyle.Emphasis:
                html.Append("<em>").Append(text).Append("</em>");
                break;
            case TextStyle.Strong:
                html.Append("<strong>").Append(text).Append("</strong>");
                break;
            default:
                html.Append(text);
                break;
        }
    }

    /// <summary>One scale per metric for the whole card: every chart of a metric spans all of that metric's values.</summary>
    private static Dictionary<string, ChartScale> ChartScales(IReadOnlyList<Block> blocks)
    {
        var values = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            if (block is BarChart chart)
            {
                if (!values.TryGetValue(chart.ScaleKey, out var list))
                {
                    values[chart.ScaleKey] = list = new List<double>();
                }

                foreach (var bar in chart.Bars)
                {
                    list.AddRange(new[] { bar.Value, bar.Threshold }.Where(v => v is not null).Select(v => v!.Value));
                }
            }
        }

        return values.ToDictionary(pair => pair.Key, pair => ChartScale.For(pair.Value), StringComparer.Ordinal);
    }

    private static void Chart(BarChart chart, ChartScale scale, StringBuilder html, CardTexts texts, int index)
    {
        var anyThreshold = false;
        var plotLeft = LabelWidth;
        var plotWidth = ChartWidth - LabelWidth - ValueWidth;
        var plotBottom = 4 + (chart.Bars.Count * RowHeight);
        var height = plotBottom + AxisHeight;
        string X(double value) => Coordinate(plotLeft + (scale.Fraction(value) * plotWidth));

        var titleId = "chart-" + index.ToString(CultureInfo.InvariantCulture) + "-title";
        html.Append("<figure class=\"chart\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"").Append(titleId)
            .Append("\" width=\"").Append(ChartWidth).Append("\" height=\"").Append(height)
            .Append("\" viewBox=\"0 0 ").Append(ChartWidth).Append(' ').Append(height).Append("\">\n");
        html.Append("<title id=\"").Append(titleId).Append("\">").Append(Escaping.Html(chart.Title)).Append("</title>\n");

        // The axis first, so the bars are drawn over its grid lines.
        html.Append("<g class=\"x-axis\">");
        foreach (var tick in scale.Ticks)
        {
            var x = X(tick);
            html.Append("<line class=\"grid\" x1=\"").Append(x).Append("\" y1=\"2\" x2=\"").Append(x).Append("\" y2=\"").Append(plotBottom + 4).Append("\"/>");
            html.Append("<text class=\"tick\" x=\"").Append(x).Append("\" y=\"").Append(plotBottom + 17).Append("\" text-anchor=\"middle\">")
                .Append(Numbers.Format(tick)).Append("</text>");
        }

        html.Append("<line class=\"axis\" x1=\"").Append(plotLeft).Append("\" y1=\"").Append(plotBottom).Append("\" x2=\"").Append(plotLeft + plotWidth)
            .Append("\" y2=\"").Append(plotBottom).Append("\"/>");
        html.Append("</g>\n");

        var row = 0;
        foreach (var bar in chart.Bars)
        {
            var top = 4 + (row * RowHeight);
            var middle = top + (RowHeight / 2);
            var value = bar.Value is { } given && ChartScale.IsFinite(given) ? given : (double?)null;
            var valueText = bar.Value is null ? texts["Html.NotGiven"] : value is null ? texts["Html.NotFinite"] : Numbers.Format(value.Value);
            var threshold = bar.Threshold is { } t && ChartScale.IsFinite(t) ? t : (double?)null;
            html.Append("<g>");
            html.Append("<title>").Append(Escaping.Html(bar.Label + ": " + valueText + (threshold is { } shown ? texts.Format("Html.BarThreshold", Numbers.Format(shown)) : ""))).Append("</title>");
            html.Append("<text x=\"").Append(LabelWidth - 8).Append("\" y=\"").Append(middle + 4).Append("\" text-anchor=\"end\">")
                .Append(Escaping.Html(Shorten(bar.Label))).Append("</text>");
            html.Append("<rect class=\"track\" x=\"").Append(plotLeft).Append("\" y=\"").Append(top + 3).Append("\" width=\"").Append(plotWidth)
                .Append("\" height=\"").Append(RowHeight - 6).Append("\"/>");
            if (value is { } v)
            {
                var zero = plotLeft + (scale.Fraction(0) * plotWidth);
                var end = plotLeft + (scale.Fraction(v) * plotWidth);
                var kind = bar.Meets switch { true => "bar-meets", false => "bar-misses", _ => "bar-neutral" };
                html.Append("<rect class=\"").Append(kind).Append("\" x=\"").Append(Coordinate(Math.Min(zero, end))).Append("\" y=\"").Append(top + 5)
                    .Append("\" width=\"").Append(Coordinate(Math.Max(Math.Abs(end - zero), 1))).Append("\" height=\"").Append(RowHeight - 10).Append("\"/>");
                html.Append("<text x=\"").Append(plotLeft + plotWidth + 6).Append("\" y=\"").Append(middle + 4).Append("\">")
                    .Append(valueText).Append(bar.Meets switch { true => " ✓", false => " ✗", _ => "" }).Append("</text>");
            }
            else
            {
                html.Append("<text x=\"").Append(plotLeft + 6).Append("\" y=\"").Append(middle + 4).Append("\">").Append(valueText).Append("</text>");
            }

            if (threshold is { } line)
            {
                var x = X(line);
                html.Append("<line class=\"threshold\" x1=\"").Append(x).Append("\" y1=\"").Append(top + 1).Append("\" x2=\"").Append(x)
                    .Append("\" y2=\"").Append(top + RowHeight - 1).Append("\"/>");
                anyThreshold = true;
            }

            html.Append("</g>\n");
            row++;
        }

        var axis = X(0);
        html.Append("<line class=\"zero\" x1=\"").Append(axis).Append("\" y1=\"2\" x2=\"").Append(axis).Append("\" y2=\"").Append(plotBottom).Append("\"/>\n");
        html.Append("</svg>\n<figcaption>").Append(Escaping.Html(texts[chart.HigherIsBetter ? "Html.HigherIsBetter" : "Html.LowerIsBetter"]));
        if (anyThreshold)
        {
            html.Append(Escaping.Html(texts["Html.ThresholdLegend"]));
        }

        html.Append(Escaping.Html(texts.Format("Html.Scale", Numbers.Format(scale.Low), Numbers.Format(scale.High))))
            .Append("</figcaption>\n</figure>\n");
    }

    /// <summary>A position in the chart: finite and inside it whatever the value (a position that is not finite becomes 0).</summary>
    private static string Coordinate(double value) =>
        (ChartScale.IsFinite(value) ? Math.Round(Math.Max(0, Math.Min(ChartWidth, value)), 2) : 0).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Labels longer than the label column are cut (the row's tooltip has the full text); never inside a surrogate pair.</summary>
    private static string Shorten(string label)
    {
        if (label.Length <= MaxLabelChars)
        {
            return label;
        }

        var cut = MaxLabelChars - 1;
        if (char.IsHighSurrogate(label[cut - 1]))
        {
            cut--;
        }

        return label.Substring(0, cut) + "…";
    }
}
