using System.Collections.Generic;
using System.Text;
using AiCompliance.ModelCards.Cards;
using AiCompliance.ModelCards.Localization;
using AiCompliance.Policy;
using AiCompliance.Policy.Declarations;

namespace AiCompliance.ModelCards.Writers;

/// <summary>
/// Writes a card as Markdown in the Hugging Face layout: YAML front matter (license, language, datasets, tags,
/// base_model, model-index with the evaluations) and the usual headings, plus the governance sections.
/// </summary>
public static class MarkdownCardWriter
{
    /// <summary>The card as Markdown text (LF line endings).</summary>
    public static string Write(ModelCard card) => Write(CardDocumentBuilder.Build(card));

    /// <summary>The card in <paramref name="language"/> as Markdown text (LF line endings); the front matter stays as the Hub reads it.</summary>
    public static string Write(ModelCard card, CardLanguage language) => Write(CardDocumentBuilder.Build(card, language));

    internal static string Write(CardDocument document)
    {
        var card = document.Card;
        var text = new StringBuilder(8192);
        FrontMatter(card, text);
        text.Append('\n');
        foreach (var block in document.Blocks)
        {
            Render(block, text);
            text.Append('\n');
        }

        return text.ToString();
    }

    private static void FrontMatter(ModelCard card, StringBuilder text)
    {
        var model = card.Model;
        var identity = model.Identity;
        text.Append("---\n");
        if (!string.IsNullOrWhiteSpace(identity?.License))
        {
            var license = HubMetadata.License(identity!.License!);
            text.Append("license: ").Append(Escaping.YamlQuoted(license.Id)).Append('\n');
            if (license.Name is not null)
            {
                text.Append("license_name: ").Append(Escaping.YamlQuoted(license.Name)).Append('\n');
            }

            if (license.Link is not null)
            {
                text.Append("license_link: ").Append(Escaping.YamlQuoted(license.Link)).Append('\n');
            }
        }

        YamlList(text, "language", model.SupportedLanguages?.LanguageTags);

        // Only datasets on the Hub: a local dataset's id would name another dataset there, or none.
        var hubDatasetIds = new List<string?>();
        foreach (var dataset in card.AllDatasets)
        {
            if (HubMetadata.DatasetId(dataset) is { } hubId && !hubDatasetIds.Contains(hubId))
            {
                hubDatasetIds.Add(hubId);
            }
        }

        YamlList(text, "datasets", hubDatasetIds);
        if (HubMetadata.PipelineTag(identity?.Kind) is { } pipelineTag)
        {
            text.Append("pipeline_tag: ").Append(Escaping.YamlQuoted(pipelineTag)).Append('\n');
        }

        var tags = new List<string?> { "aicompliance", "model-card" };
        if (identity?.Kind is { } kind)
        {
            tags.Add(Kebab(EnumText.Name(kind)));
        }

        if (model.RiskProfile?.Level is { } level)
        {
            tags.Add("risk-" + Kebab(EnumText.Name(level)));
        }

        if (model.RiskProfile is { } risk)
        {
            foreach (var sector in risk.Sectors)
            {
                tags.Add("sector-" + Kebab(EnumText.Name(sector)));
            }
        }

        YamlList(text, "tags", tags);
        if (!string.IsNullOrWhiteSpace(identity?.BaseModel))
        {
            text.Append("base_model: ").Append(Escaping.YamlQuoted(identity!.BaseModel!)).Append('\n');
        }

        ModelIndex(card, text);
        text.Append("---\n");
    }

    private static void ModelIndex(ModelCard card, StringBuilder text)
    {
        if (card.Metrics.Count == 0)
        {
            return;
        }

        // One result per Hub dataset (the Hub's model-index groups metrics by task and dataset), in order of first use.
        // Results on local datasets stay in the body: the model-index's dataset type is a Hub dataset id.
        var byDataset = new List<(string HubId, DatasetDeclaration Dataset, List<MetricResult> Results)>();
        foreach (var series in card.Metrics)
        {
            foreach (var result in series.Results)
            {
                var dataset = FindDataset(card, result.Dataset);
                if (HubMetadata.DatasetId(dataset) is not { } hubId)
                {
                    continue;
                }

                var found = byDataset.FindIndex(d => d.HubId == hubId);
                if (found < 0)
                {
                    byDataset.Add((hubId, dataset!, new List<MetricResult> { result }));
                }
                else
                {
                    byDataset[found].Results.Add(result);
                }
            }
        }

        if (byDataset.Count == 0)
        {
            return;
        }

        text.Append("model-index:\n");
        text.Append("- name: ").Append(Escaping.YamlQuoted(card.Id)).Append('\n');
        text.Append("  results:\n");
        // "other" is on the Hub's task list; the model's kind is in the tags.
        var task = HubMetadata.PipelineTag(card.Model.Identity?.Kind) ?? "other";
        foreach (var (hubId, dataset, results) in byDataset)
        {
            text.Append("  - task:\n");
            text.Append("      type: ").Append(Escaping.YamlQuoted(task)).Append('\n');
            text.Append("    dataset:\n");
            text.Append("      type: ").Append(Escaping.YamlQuoted(hubId)).Append('\n');
            text.Append("      name: ").Append(Escaping.YamlQuoted(string.IsNullOrWhiteSpace(dataset.Name) ? hubId : dataset.Name!)).Append('\n');
            text.Append("    metrics:\n");
            foreach (var result in results)
            {
                var metric = CardDocumentBuilder.MetricName(result.Declaration.Metric ?? "");
                text.Append("    - type: ").Append(Escaping.YamlQuoted(metric)).Append('\n');
                text.Append("      value: ").Append(result.Value is { } value ? Numbers.Format(value) : "null").Append('\n');
                text.Append("      name: ").Append(Escaping.YamlQuoted(result.Slice is null ? metric : metric + " (" + result.Slice + ")")).Append('\n');
            }
        }
    }

    private static DatasetDeclaration? FindDataset(ModelCard card, string? id) =>
        DeclarationIds.FindDataset(card.EvaluationDatasets, id);

    private static void YamlList(StringBuilder text, string key, IReadOnlyList<string?>? items)
    {
        var any = false;
        if (items is not null)
        {
            foreach (var item in items)
            {
                if (string.IsNullOrWhiteSpace(item))
                {
                    continue;
                }

                if (!any)
                {
                    text.Append(key).Append(":\n");
                    any = true;
                }

                text.Append("- ").Append(Escaping.YamlQuoted(item!)).Append('\n');
            }
        }
    }

    private static void Render(Block block, StringBuilder text)
    {
        switch (block)
        {
            case Heading heading:
                text.Append('#', heading.Level).Append(' ').Append(Escaping.MarkdownInline(heading.Text)).Append('\n');
                break;
            case Paragraph paragraph:
                Runs(paragraph.Runs, text);
                text.Append('\n');
                break;
            case Note note:
                text.Append("> ");
                Runs(note.Runs, text);
                text.Append('\n');
                break;
            case Banner banner:
                text.Append("> ");
                Runs(banner.Summary, text);
                text.Append("\n>\n");
                foreach (var item in banner.Items)
                {
                    text.Append("> - ");
                    Runs(item, text);
                    text.Append('\n');
                }

                break;
            case FactList facts:
                foreach (var fact in facts.Facts)
                {
                    text.Append("- **").Append(Escaping.MarkdownInline(fact.Label)).Append(":** ");
                    Runs(new[] { fact.Value }, text);
                    text.Append('\n');
                }

                break;
            case BulletList list:
                foreach (var item in list.Items)
                {
                    text.Append("- ");
                    Runs(new[] { item }, text);
                    text.Append('\n');
                }

                break;
            case Table table:
                text.Append('|');
                foreach (var header in table.Headers)
                {
                    text.Append(' ').Append(Escaping.MarkdownInline(header)).Append(" |");
                }

                text.Append("\n|");
                foreach (var _ in table.Headers)
                {
                    text.Append(" --- |");
                }

                text.Append('\n');
                foreach (var row in table.Rows)
                {
                    text.Append('|');
                    foreach (var cell in row)
                    {
                        text.Append(' ');
                        Runs(new[] { cell.Text }, text);
                        text.Append(" |");
                    }

                    text.Append('\n');
                }

                break;
            case BarChart:
                // The table before the chart carries the same numbers; Markdown has no safe way to draw.
                text.Length--; // no blank line for a block that renders nothing
                break;
        }
    }

    private static void Runs(IReadOnlyList<Run> runs, StringBuilder text)
    {
        var first = true;
        foreach (var run in runs)
        {
            var escaped = Escaping.MarkdownInline(run.Text, first);
            first = false;
            switch (run.Style)
            {
                case TextStyle.Emphasis:
                    text.Append('*').Append(escaped).Append('*');
                    break;
                case TextStyle.Strong:
                    text.Append("**").Append(escaped).Append("**");
                    break;
                default:
                    text.Append(escaped);
                    break;
            }
        }
    }

    private static string Kebab(string pascal) => CardDocumentBuilder.Words(pascal).Replace(' ', '-').ToLowerInvariant();
}
