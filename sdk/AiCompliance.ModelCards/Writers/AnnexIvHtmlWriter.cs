using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using AiCompliance.ModelCards.AnnexIv;
using AiCompliance.ModelCards.Cards;
using AiCompliance.ModelCards.Formats;
using AiCompliance.Policy.Declarations;

namespace AiCompliance.ModelCards.Writers;

/// <summary>
/// Writes a model's EU AI Act Annex IV draft as one self-contained, printable HTML page (inline CSS only, and a
/// Content-Security-Policy that blocks everything else): the same draft as <see cref="AnnexIvMarkdownWriter"/>, each
/// point a <c>section</c>, each gap an <c>li.gap</c> whose <c>code</c> is the declaration that would fill it.
/// </summary>
public static class AnnexIvHtmlWriter
{
    private const string Style = """
        :root { color-scheme: light; --line: #d0d7de; --gap: #8a4b00; --gap-bg: #fff1d6; --todo: #3b4a5a; --todo-bg: #eef1f3; }
        body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: #1f2328; background: #fff; }
        main, footer { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1.25rem; }
        h2 { border-bottom: 1px solid var(--line); padding-bottom: .25rem; margin-top: 2rem; }
        section.notice { border: 2px solid var(--gap); border-radius: 6px; padding: .25rem 1rem; background: var(--gap-bg); }
        p.asks { font-style: italic; color: #4a5560; }
        bdi { white-space: pre-wrap; overflow-wrap: anywhere; }
        dl.facts { display: grid; grid-template-columns: minmax(10rem, max-content) 1fr; gap: .2rem 1rem; }
        dl.facts dt { font-weight: 600; }
        dl.facts dd { margin: 0; }
        li.gap { background: var(--gap-bg); color: var(--gap); }
        li.provider { background: var(--todo-bg); color: var(--todo); }
        footer { color: #4a5560; font-size: .85rem; border-top: 1px solid var(--line); }
        @media print { main { max-width: none; } h2, h3 { break-after: avoid; } * { print-color-adjust: exact; } }
        """;

    /// <summary>The draft as an HTML document (LF line endings).</summary>
    public static string Write(ModelCard card) => Write(AnnexIvDraftBuilder.Build(card));

    internal static string Write(AnnexIvDraft draft)
    {
        var html = new StringBuilder(16384);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<meta name=\"generator\" content=\"").Append(Escaping.Html(GeneratorInfo.Name + " " + draft.Card.Source.GeneratorVersion)).Append("\">\n");
        html.Append("<title>").Append(Escaping.Html(draft.Title)).Append("</title>\n");
        html.Append("<style>\n").Append(Style.Replace("\r\n", "\n")).Append("\n</style>\n</head>\n<body>\n<main>\n");
        html.Append("<h1>").Append(Escaping.Html(draft.Title)).Append("</h1>\n");
        html.Append("<section class=\"notice\" id=\"draft-notice\">\n");
        Paragraph(html, draft.Notice, null);
        Paragraph(html, draft.RelevanceNote, draft.Relevance.IsRelevant ? "relevance" : "relevance not-relevant");
        html.Append("</section>\n");
        Paragraph(html, AnnexIvDraft.StructureNote, null);

        html.Append("<section id=\"").Append(AnnexIvDraft.GapsAnchor).Append("\">\n<h2>").Append(Escaping.Html(AnnexIvDraft.GapsHeading)).Append("</h2>\n");
        var gaps = draft.Gaps.ToList();
        if (gaps.Count == 0)
        {
            html.Append("<p>").Append(Escaping.Html(AnnexIvDraft.NoGaps)).Append("</p>\n");
        }
        else
        {
            html.Append("<ul>\n");
            foreach (var gap in gaps)
            {
                Gap(html, gap, "<strong>" + Escaping.Html(gap.Label) + "</strong> ");
            }

            html.Append("</ul>\n");
        }

        html.Append("</section>\n");
        foreach (var point in draft.Points)
        {
            html.Append("<section id=\"").Append(point.Anchor).Append("\">\n<h2>").Append(Escaping.Html(point.Heading)).Append("</h2>\n");
            html.Append("<p class=\"asks\">").Append(Escaping.Html(point.Asks)).Append(".</p>\n");
            var index = 0;
            foreach (var item in point.Items)
            {
                index++;
                html.Append("<h3 id=\"").Append(point.Anchor).Append('-').Append(index.ToString(CultureInfo.InvariantCulture)).Append("\">")
                    .Append(Escaping.Html(item.Heading)).Append("</h3>\n");
                if (item.Facts.Count > 0)
                {
                    html.Append("<dl class=\"facts\">\n");
                    foreach (var fact in item.Facts)
                    {
                        html.Append("<dt>").Append(Escaping.Html(fact.Label)).Append("</dt><dd>");
                        Runs(html, new[] { fact.Value });
                        html.Append("</dd>\n");
                    }

                    html.Append("</dl>\n");
                }

                if (item.Lines.Count + item.Gaps.Count + item.ProviderParts.Count > 0)
                {
                    html.Append("<ul>\n");
                    foreach (var line in item.Lines)
                    {
                        html.Append("<li>");
                        Runs(html, line);
                        html.Append("</li>\n");
                    }

                    foreach (var gap in item.Gaps)
                    {
                        Gap(html, gap, "<strong>" + AnnexIvDraft.GapLabel + "</strong> ");
                    }

                    foreach (var part in item.ProviderParts)
                    {
                        html.Append("<li class=\"provider\"><strong>").Append(AnnexIvDraft.ProviderLabel).Append("</strong> ").Append(Escaping.Html(part)).Append("</li>\n");
                    }

                    html.Append("</ul>\n");
                }
            }

            html.Append("</section>\n");
        }

        html.Append("</main>\n<footer>\n<p>").Append(Escaping.Html(draft.Footer)).Append("</p>\n</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Gap(StringBuilder html, AnnexIvGap gap, string prefix)
    {
        var (before, after) = AnnexIvDraft.GapText(gap);
        html.Append("<li class=\"gap\" data-point=\"").Append(Escaping.Html(gap.Label)).Append("\">").Append(prefix)
            .Append(Escaping.Html(before)).Append("<code>").Append(Escaping.Html(gap.Declaration)).Append("</code>").Append(Escaping.Html(after)).Append("</li>\n");
    }

    private static void Paragraph(StringBuilder html, IReadOnlyList<Run> runs, string? cssClass)
    {
        html.Append(cssClass is null ? "<p>" : "<p class=\"" + cssClass + "\">");
        Runs(html, runs);
        html.Append("</p>\n");
    }

    private static void Runs(StringBuilder html, IReadOnlyList<Run> runs)
    {
        foreach (var run in runs)
        {
            var text = Escaping.Html(run.Text);
            html.Append(run.Style switch
            {
                // <bdi> isolates right-to-left text and stray direction controls from the text around them.
                TextStyle.User => "<bdi>" + text + "</bdi>",
                TextStyle.Strong => "<strong>" + text + "</strong>",
                TextStyle.Emphasis => "<em>" + text + "</em>",
                _ => text,
            });
        }
    }
}

internal sealed class AnnexIvHtmlFormat : IScopedModelCardFormat
{
    public string Name => "annex-iv-html";

    public string Title => "Annex IV draft (HTML)";

    public IReadOnlyList<string> Aliases { get; } = System.Array.Empty<string>();

    public string Extension => ".annex-iv.html";

    public string FileNamePattern => "<model-id>.annex-iv.html";

    public string Description => "The same Annex IV draft as one self-contained, printable page (no script); by default only for models Annex IV concerns";

    public bool Concerns(ModelDeclarations model, out string reason) => AnnexIvRelevance.Concerns(model, out reason);

    public byte[] Write(ModelCard card) => Utf8.Bytes(AnnexIvHtmlWriter.Write(card));
}
