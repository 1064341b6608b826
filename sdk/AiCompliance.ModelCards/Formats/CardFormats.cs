using System;
using System.Collections.Generic;
using System.Linq;
using AiCompliance.ModelCards.Writers;

namespace AiCompliance.ModelCards.Formats;

/// <summary>
/// The card formats. <see cref="All"/> is the one list of them: a new format is one line here (plus its writer, its
/// section in docs/model-cards.md and its tests); the CLI, the help, the build default and the docs table follow.
/// </summary>
public static class CardFormats
{
    private static readonly char[] Separators = { ',', ';', ' ', '\t' };

    /// <summary>Markdown in the Hugging Face layout.</summary>
    public static IModelCardFormat Markdown { get; } = new MarkdownCardFormat();

    /// <summary>The project's JSON card.</summary>
    public static IModelCardFormat Json { get; } = new JsonCardFormat();

    /// <summary>A self-contained HTML page.</summary>
    public static IModelCardFormat Html { get; } = new HtmlCardFormat();

    /// <summary>One CycloneDX 1.6 BOM for the assembly.</summary>
    public static IAssemblyCardFormat CycloneDx { get; } = new CycloneDxCardFormat();

    /// <summary>The EU AI Act Annex IV draft in Markdown, by default only for models Annex IV concerns.</summary>
    public static IScopedModelCardFormat AnnexIv { get; } = new AnnexIvMarkdownFormat();

    /// <summary>The EU AI Act Annex IV draft as an HTML page, by default only for models Annex IV concerns.</summary>
    public static IScopedModelCardFormat AnnexIvHtml { get; } = new AnnexIvHtmlFormat();

    /// <summary>Every format, in the order of the docs, the help and the files of each model.</summary>
    public static IReadOnlyList<ICardFormat> All { get; } = new ICardFormat[] { Markdown, Json, Html, CycloneDx, AnnexIv, AnnexIvHtml };

    /// <summary>What is written when nothing is chosen: every format (the build's <c>ModelCardFormats</c> default too).</summary>
    public static IReadOnlyList<ICardFormat> Default => All;

    /// <summary>The word that selects every format in a list.</summary>
    public const string AllName = "all";

    /// <summary>The names of <see cref="All"/>, in order.</summary>
    public static IReadOnlyList<string> Names { get; } = All.Select(f => f.Name).ToArray();

    /// <summary>The format with this name or alias (ignoring case), or <see langword="null"/>.</summary>
    public static ICardFormat? Find(string name)
    {
        var trimmed = (name ?? throw new ArgumentNullException(nameof(name))).Trim();
        return All.FirstOrDefault(f =>
            string.Equals(f.Name, trimmed, StringComparison.OrdinalIgnoreCase) ||
            f.Aliases.Any(a => string.Equals(a, trimmed, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>
    /// Parses format lists as the CLI and MSBuild give them ("md;json,html cdx", <c>all</c> for every format); each
    /// element of <paramref name="lists"/> may itself be a list. Returns the formats in <see cref="All"/>'s order,
    /// each once; names that are no format are returned in <paramref name="unknown"/>. Nothing named gives an empty list.
    /// </summary>
    public static IReadOnlyList<ICardFormat> Parse(IEnumerable<string?> lists, out IReadOnlyList<string> unknown)
    {
        if (lists is null)
        {
            throw new ArgumentNullException(nameof(lists));
        }

        var chosen = new HashSet<ICardFormat>();
        var bad = new List<string>();
        foreach (var part in lists.SelectMany(list => (list ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries)))
        {
            if (string.Equals(part, AllName, StringComparison.OrdinalIgnoreCase))
            {
                chosen.UnionWith(All);
            }
            else if (Find(part) is { } format)
            {
                chosen.Add(format);
            }
            else
            {
                bad.Add(part);
            }
        }

        unknown = bad;
        return All.Where(chosen.Contains).ToArray();
    }

    /// <summary>Parses one format list; see <see cref="Parse(IEnumerable{string}, out IReadOnlyList{string})"/>.</summary>
    public static IReadOnlyList<ICardFormat> Parse(string? list, out IReadOnlyList<string> unknown) => Parse(new[] { list }, out unknown);
}
