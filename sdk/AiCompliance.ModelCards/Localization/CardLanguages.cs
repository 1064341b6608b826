using System;
using System.Collections.Generic;
using System.Linq;
using AiCompliance.Policy.Declarations;

namespace AiCompliance.ModelCards.Localization;

/// <summary>
/// A language the human-readable cards (Markdown, HTML) are written in. English is the cards' own language; the others
/// are <see cref="CardFileNames.Languages"/>, each with its <c>Resources/CardTexts.&lt;tag&gt;.resx</c>.
/// </summary>
public sealed class CardLanguage
{
    private readonly Lazy<CardTexts> _texts;

    private CardLanguage(string tag)
    {
        Tag = tag;
        _texts = new Lazy<CardTexts>(() => CardTexts.Load(tag));
    }

    /// <summary>The BCP 47 tag, lower case: <c>en</c>, <c>ja</c>, <c>fil</c>; the HTML <c>lang</c> and the file-name infix.</summary>
    public string Tag { get; }

    /// <summary>Whether this is English, whose cards keep the file names they had before cards had languages.</summary>
    public bool IsEnglish => Tag == CardLanguages.EnglishTag;

    /// <summary>Read when first used: a run that writes English cards reads no other language.</summary>
    internal CardTexts Texts => _texts.Value;

    internal static CardLanguage Create(string tag) => new(tag);

    /// <inheritdoc/>
    public override string ToString() => Tag;
}

/// <summary>The card languages, and the parsing of <c>ModelCardLanguages</c> and <c>aicompliance card --language</c>.</summary>
public static class CardLanguages
{
    /// <summary>The tag of the cards' own language.</summary>
    public const string EnglishTag = "en";

    private static readonly char[] Separators = { ',', ';', '+', ' ', '\t' };

    private static readonly Lazy<IReadOnlyList<CardLanguage>> Loaded = new(() =>
        new[] { EnglishTag }.Concat(CardFileNames.Languages).Select(CardLanguage.Create).ToArray());

    /// <summary>English, the default.</summary>
    public static CardLanguage English => All[0];

    /// <summary>Every language, English first, then in the order of <see cref="CardFileNames.Languages"/>.</summary>
    public static IReadOnlyList<CardLanguage> All => Loaded.Value;

    /// <summary>The tags of <see cref="All"/>, in order.</summary>
    public static IReadOnlyList<string> Tags { get; } = new[] { EnglishTag }.Concat(CardFileNames.Languages).ToArray();

    /// <summary>What is written when nothing is chosen: English only.</summary>
    public static IReadOnlyList<CardLanguage> Default => new[] { English };

    /// <summary>The language with this tag (ignoring case and surrounding spaces), or <see langword="null"/>.</summary>
    public static CardLanguage? Find(string tag)
    {
        var trimmed = (tag ?? throw new ArgumentNullException(nameof(tag))).Trim();
        return All.FirstOrDefault(l => string.Equals(l.Tag, trimmed, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Parses language lists as the CLI and MSBuild give them ("en;ja,vi+th"); each element of <paramref name="lists"/>
    /// may itself be a list. Returns the languages in <see cref="All"/>'s order, each once; tags that are no card language
    /// are returned in <paramref name="unknown"/>. Nothing named gives an empty list.
    /// </summary>
    public static IReadOnlyList<CardLanguage> Parse(IEnumerable<string?> lists, out IReadOnlyList<string> unknown)
    {
        if (lists is null)
        {
            throw new ArgumentNullException(nameof(lists));
        }

        var chosen = new HashSet<CardLanguage>();
        var bad = new List<string>();
        foreach (var part in lists.SelectMany(list => (list ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries)))
        {
            if (Find(part) is { } language)
            {
                chosen.Add(language);
            }
            else
            {
                bad.Add(part);
            }
        }

        unknown = bad;
        return All.Where(chosen.Contains).ToArray();
    }

    /// <summary>Parses one language list; see <see cref="Parse(IEnumerable{string}, out IReadOnlyList{string})"/>.</summary>
    public static IReadOnlyList<CardLanguage> Parse(string? list, out IReadOnlyList<string> unknown) => Parse(new[] { list }, out unknown);
}
