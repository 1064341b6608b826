using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AiCompliance.Policy.Rules;
using AiCompliance.Testing;

namespace AiCompliance.Analyzers.Tests.Meta;

/// <summary>
/// docs/rules/ja/ holds a Japanese translation of every rule page. The translations are written by hand, so these
/// checks keep them from drifting: one page per rule, the examples identical to the English page's, the review note
/// present and every link resolving.
/// </summary>
public sealed class JapaneseRulePagesTests
{
    /// <summary>The English page is authoritative until native speakers have reviewed the translation.</summary>
    internal const string ReviewNote = "ネイティブスピーカーによるレビューをまだ受けていない翻訳です";

    private static readonly string EnglishFolder = RepositoryRoot.Combine("docs", "rules");
    private static readonly string JapaneseFolder = Path.Combine(EnglishFolder, "ja");

    private static readonly Regex FencedBlock = new(@"^[ \t]*```[^\n]*\n.*?^[ \t]*```[ \t]*$", RegexOptions.Multiline | RegexOptions.Singleline);
    private static readonly Regex RelativeLink = new(@"\]\((?<target>[^)\s]+)\)");

    public static TheoryData<string> Ids() => new(RuleCatalog.Descriptors.Select(r => r.Id));

    [Fact]
    public void Every_rule_of_the_catalogue_has_a_japanese_page_and_every_japanese_page_is_a_rule()
    {
        var pages = Directory.EnumerateFiles(JapaneseFolder, "AIC*.md")
            .Select(Path.GetFileNameWithoutExtension)
            .OrderBy(x => x, StringComparer.Ordinal);
        Assert.Equal(RuleCatalog.Descriptors.Select(r => r.Id).OrderBy(x => x, StringComparer.Ordinal), pages);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_code_blocks_equal_those_of_the_english_page(string id)
    {
        var english = FencedBlocks(File.ReadAllText(Path.Combine(EnglishFolder, id + ".md")));
        var japanese = FencedBlocks(JapanesePage(id));
        Assert.Equal(english, japanese);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_page_starts_with_its_id_and_carries_the_review_note_linking_the_english_page(string id)
    {
        var text = JapanesePage(id);
        Assert.StartsWith("# " + id + ": ", text, StringComparison.Ordinal);
        Assert.Contains(ReviewNote, text, StringComparison.Ordinal);
        Assert.Contains("](../" + id + ".md)", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// The page's title is the rule's Japanese title, the one the diagnostics show under the Japanese UI culture. The
    /// resources arrive with the localized diagnostics; until then there is nothing to compare with.
    /// </summary>
    [Theory]
    [MemberData(nameof(Ids))]
    public void The_title_is_the_japanese_rule_title_of_the_resources(string id)
    {
        var resources = RepositoryRoot.Combine("sdk", "AiCompliance.Policy", "Resources", "RuleTexts.ja.resx");
        if (!File.Exists(resources))
        {
            return;
        }

        var title = XDocument.Load(resources).Root!.Elements("data")
            .Single(d => (string?)d.Attribute("name") == id + "_Title")
            .Element("value")!.Value;
        Assert.Equal("# " + id + ": " + title, JapanesePage(id).Split('\n')[0]);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_relative_link_resolves_to_an_existing_file(string id) =>
        Assert.Empty(BrokenLinks(Path.Combine(JapaneseFolder, id + ".md")));

    [Fact]
    public void The_japanese_index_carries_the_review_note_and_its_links_resolve()
    {
        var index = Path.Combine(JapaneseFolder, "README.md");
        Assert.Contains(ReviewNote, File.ReadAllText(index), StringComparison.Ordinal);
        Assert.Empty(BrokenLinks(index));
    }

    private static string JapanesePage(string id) =>
        File.ReadAllText(Path.Combine(JapaneseFolder, id + ".md")).Replace("\r\n", "\n", StringComparison.Ordinal);

    private static List<string> FencedBlocks(string markdown) =>
        FencedBlock.Matches(markdown.Replace("\r\n", "\n", StringComparison.Ordinal)).Select(m => m.Value).ToList();

    private static List<string> BrokenLinks(string page)
    {
        var folder = Path.GetDirectoryName(page)!;
        var text = FencedBlock.Replace(File.ReadAllText(page), string.Empty);
        return RelativeLink.Matches(text)
            .Select(m => m.Groups["target"].Value)
            .Where(target => !target.Contains("://", StringComparison.Ordinal) && !target.StartsWith('#') && !target.StartsWith("mailto:", StringComparison.Ordinal))
            .Where(target => !File.Exists(Path.Combine(folder, target.Split('#')[0])) && !Directory.Exists(Path.Combine(folder, target.Split('#')[0])))
            .ToList();
    }
}
