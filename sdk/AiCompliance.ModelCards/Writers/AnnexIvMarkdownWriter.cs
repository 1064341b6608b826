using System.Collections.Generic;
using System.Linq;
using System.Text;
using AiCompliance.ModelCards.AnnexIv;
using AiCompliance.ModelCards.Cards;
using AiCompliance.ModelCards.Formats;
using AiCompliance.Policy.Declarations;

namespace AiCompliance.ModelCards.Writers;

/// <summary>
/// Writes a model's EU AI Act Annex IV draft as Markdown: a header saying what the draft is, the list of gaps, then
/// points 1 to 9 as second-level headings in the order of Annex IV, each sub-point a third-level heading.
/// </summary>
public static class AnnexIvMarkdownWriter
{
    /// <summary>The draft as Markdown text (LF line endings).</summary>
    public static string Write(ModelCard card) => Write(AnnexIvDraftBuilder.Build(card));

    internal static string Write(AnnexIvDraft draft)
    {
        var text = new StringBuilder(8192);
        text.Append("# ").Append(Escaping.MarkdownInline(draft.Title)).Append("\n\n");
        Quote(text, draft.Notice);
        Quote(text, draft.RelevanceNote);
        Runs(text, AnnexIvDraft.StructureNote);
        text.Append("\n\n## ").Append(AnnexIvDraft.GapsHeading).Append("\n\n");
        var gaps = draft.Gaps.ToList();
        if (gaps.Count == 0)
        {
            text.Append(AnnexIvDraft.NoGaps).Append("\n\n");
        }
        else
        {
            foreach (var gap in gaps)
            {
                text.Append("- **").Append(Escaping.MarkdownInline(gap.Label)).Append("** ");
                Gap(text, gap);
            }

            text.Append('\n');
        }

        foreach (var point in draft.Points)
        {
            text.Append("## ").Append(Escaping.MarkdownInline(point.Heading)).Append("\n\n");
            text.Append('*').Append(Escaping.MarkdownInline(point.Asks, atBlockStart: false)).Append(".*\n\n");
            foreach (var item in point.Items)
            {
                text.Append("### ").Append(Escaping.MarkdownInline(item.Heading)).Append("\n\n");
                foreach (var fact in item.Facts)
                {
                    text.Append("- **").Append(Escaping.MarkdownInline(fact.Label)).Append(":** ");
                    Runs(text, new[] { fact.Value });
                    text.Append('\n');
                }

                foreach (var line in item.Lines)
                {
                    text.Append("- ");
                    Runs(text, line);
                    text.Append('\n');
                }

                foreach (var gap in item.Gaps)
                {
                    text.Append("- **").Append(AnnexIvDraft.GapLabel).Append("** ");
                    Gap(text, gap);
                }

                foreach (var part in item.ProviderParts)
                {
                    text.Append("- **").Append(AnnexIvDraft.ProviderLabel).Append("** ").Append(Escaping.MarkdownInline(part, atBlockStart: false)).Append('\n');
                }

                text.Append('\n');
            }
        }

        text.Append("---\n\n");
        text.Append(Escaping.MarkdownInline(draft.Footer)).Append('\n');
        return text.ToString();
    }

    private static void Gap(StringBuilder text, AnnexIvGap gap)
    {
        var (before, after) = AnnexIvDraft.GapText(gap);
        // The declaration is generated code text (a kind and a property name from the registry), never user text.
        text.Append(Escaping.MarkdownInline(before, atBlockStart: false)).Append('`').Append(gap.Declaration).Append('`')
            .Append(Escaping.MarkdownInline(after, atBlockStart: false)).Append('\n');
    }

    private static void Quote(StringBuilder text, IReadOnlyList<Run> runs)
    {
        text.Append("> ");
        Runs(text, runs);
        text.Append("\n\n");
    }

    private static void Runs(StringBuilder text, IReadOnlyList<Run> runs)
    {
        var first = true;
        foreach (var run in runs)
        {
            var escaped = Escaping.MarkdownInline(run.Text, first);
            first = false;
            text.Append(run.Style == TextStyle.Strong ? "**" + escaped + "**" : escaped);
        }
    }
}

internal sealed class AnnexIvMarkdownFormat : IScopedModelCardFormat
{
    public string Name => "annex-iv";

    public string Title => "Annex IV draft (Markdown)";

    public IReadOnlyList<string> Aliases { get; } = new[] { "annex-iv-md" };

    public string Extension => ".annex-iv.md";

    public string FileNamePattern => "<model-id>.annex-iv.md";

    public string Description => "A draft of the EU AI Act Annex IV technical documentation, points 1 to 9, filled from the declarations, with every gap named by the declaration that would fill it; by default only for models Annex IV concerns";

    public bool Concerns(ModelDeclarations model, out string reason) => AnnexIvRelevance.Concerns(model, out reason);

    public byte[] Write(ModelCard card) => Utf8.Bytes(AnnexIvMarkdownWriter.Write(card));
}
