using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using AiCompliance.ModelCards.Formats;
using AiCompliance.ModelCards.Localization;
using AiCompliance.Policy.Declarations;
using AiCompliance.Testing;

namespace AiCompliance.ModelCards.Tests;

/// <summary>
/// Cards in other languages (ModelCardLanguages, <c>aicompliance card --language</c>): every language has every text,
/// each card has the English card's structure with the generated text translated and the declared text as written,
/// and the file names of the languages collide with no model's.
/// </summary>
[Collection(CompiledAssemblies.Name)]
public sealed partial class LocalizedCardTests(TestAssemblies assemblies)
{
    /// <summary>Declared text in three scripts; <c>helper.ja</c> ends in a card language, so it must not take <c>helper</c>'s Japanese card.</summary>
    public const string Source = """
        using AiCompliance;

        namespace Contoso.Localized
        {
            [AiModel("helper", Name = "市民ヘルパー", Version = "1.0.0", Kind = ModelKind.Generative, Description = "市民の質問に答えます。")]
            [RiskProfile(RiskLevel.High, Sector.PublicAdministration, Rationale = "Answers residents about public services.")]
            [IntendedUse("Trả lời câu hỏi của người dân về thủ tục hành chính", Users = new[] { "Người dân" })]
            [AiDisclosure("คำตอบนี้สร้างโดยระบบ AI")]
            [Evaluation("accuracy", 0.91, Threshold = 0.85, Language = "th")]
            [Evaluation("accuracy", 0.8, Threshold = 0.85, Slice = "tiếng Việt")]
            [SupportedLanguages("ja", "vi", "th")]
            public sealed class Helper { }

            [AiModel("helper.ja", Name = "A model whose id ends in a card language")]
            public sealed class HelperJa { }
        }
        """;

    private static string ResourcesFolder => RepositoryRoot.Combine("sdk", "AiCompliance.ModelCards", "Resources");

    public static TheoryData<string> Languages => new(CardFileNames.Languages);

    [Fact]
    public void Every_card_language_has_a_texts_file_and_every_texts_file_is_a_card_language()
    {
        var files = Directory.GetFiles(ResourcesFolder, "CardTexts.*.resx").Select(f => Path.GetFileName(f)["CardTexts.".Length..^".resx".Length]);
        Assert.Equal(CardFileNames.Languages.Order(StringComparer.Ordinal), files.Order(StringComparer.Ordinal));
        Assert.Equal(
            new[] { "CardTexts.resx" }.Concat(CardFileNames.Languages.Select(l => "CardTexts." + l + ".resx")).Order(StringComparer.Ordinal),
            CardTexts.ResourceNames().Select(n => n[(CardTexts.ResourcePrefix.Length - "CardTexts".Length)..]).Order(StringComparer.Ordinal));
        Assert.Equal(["en", .. CardFileNames.Languages], CardLanguages.Tags);
    }

    [Fact]
    public void Every_text_of_the_neutral_file_is_in_every_culture_file_with_the_same_placeholders_and_markers()
    {
        var neutral = Read("CardTexts.resx");
        var problems = new List<string>();
        foreach (var path in Directory.GetFiles(ResourcesFolder, "CardTexts.*.resx").Order(StringComparer.Ordinal))
        {
            var culture = Read(Path.GetFileName(path));
            var name = Path.GetFileName(path);
            problems.AddRange(neutral.Keys.Except(culture.Keys).Select(k => name + ": missing " + k));
            problems.AddRange(culture.Keys.Except(neutral.Keys).Select(k => name + ": not in CardTexts.resx: " + k));
            foreach (var (key, english) in neutral)
            {
                if (!culture.TryGetValue(key, out var text))
                {
                    continue;
                }

                if (string.IsNullOrWhiteSpace(text))
                {
                    problems.Add(name + ": " + key + " is empty");
                }

                if (!Placeholders(english).SequenceEqual(Placeholders(text)))
                {
                    problems.Add($"{name}: {key} has placeholders {string.Join(" ", Placeholders(text))}, English {string.Join(" ", Placeholders(english))}");
                }

                if (Markers(english) != Markers(text))
                {
                    problems.Add($"{name}: {key} has {Markers(text)} emphasis/strong markers, English {Markers(english)}");
                }
            }
        }

        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_card_in_another_language_has_the_english_cards_structure_with_translated_text_and_declared_text_as_written(string tag)
    {
        var files = Generate("en", tag);
        var texts = CardLanguages.Find(tag)!.Texts;
        var englishHtml = CardFiles.ParseHtml(CardFiles.Text(files["helper.html"]));
        var html = CardFiles.ParseHtml(CardFiles.Text(files["helper." + tag + ".html"]));
        var (_, englishBody) = CardFiles.SplitMarkdown(CardFiles.Text(files["helper.md"]));
        var (_, body) = CardFiles.SplitMarkdown(CardFiles.Text(files["helper." + tag + ".md"]));
        var markdown = CardFiles.RenderMarkdown(body);

        Assert.Equal(tag, html.DocumentElement.GetAttribute("lang"));
        Assert.Equal("en", englishHtml.DocumentElement.GetAttribute("lang"));
        Assert.Equal(CardFiles.Shape(englishHtml), CardFiles.Shape(html));
        Assert.Equal(CardFiles.Shape(CardFiles.RenderMarkdown(englishBody)), CardFiles.Shape(markdown));

        foreach (var document in new[] { html, markdown })
        {
            var headings = document.QuerySelectorAll("h1, h2, h3").Select(h => h.TextContent.Trim()).ToList();
            Assert.Contains(texts.Format("Heading.Title", "市民ヘルパー"), headings);
            Assert.Contains(texts["Heading.HumanOversight"], headings);
            Assert.Contains(texts["Heading.Coverage"], headings);
            Assert.NotEqual(texts["Heading.HumanOversight"], CardLanguages.English.Texts["Heading.HumanOversight"]);
            var text = document.Body!.TextContent;
            Assert.Contains("市民の質問に答えます。", text, StringComparison.Ordinal);
            Assert.Contains("Trả lời câu hỏi của người dân về thủ tục hành chính", text, StringComparison.Ordinal);
            Assert.Contains("คำตอบนี้สร้างโดยระบบ AI", text, StringComparison.Ordinal);

            // The framework coverage matrix: translated headers and statuses, English clause titles (from the framework data).
            var matrix = document.QuerySelectorAll("table").First(t => t.QuerySelector("th")?.TextContent.Trim() == texts["Column.Clause"]);
            Assert.Equal(
                new[] { "Column.Clause", "Column.Title", "Column.Status", "Column.NotDeclared" }.Select(k => texts[k]),
                matrix.QuerySelectorAll("th").Select(th => th.TextContent.Trim()));
            var statuses = new[] { "declared", "incomplete", "invalid", "contradicted", "out-of-date", "missing", "not-applicable" }.Select(s => texts["Status." + s]).ToHashSet();
            Assert.All(matrix.QuerySelectorAll("tbody tr"), row => Assert.Contains(row.Children[2].TextContent.Trim(), statuses));
        }

        Assert.Equal(texts.Format("Html.PageTitle", "市民ヘルパー"), html.Title);
        Assert.Contains(html.QuerySelectorAll("section#incomplete strong"), s => s.TextContent.StartsWith(texts["Text.BannerOne"][2..texts["Text.BannerOne"].IndexOf("**", 2, StringComparison.Ordinal)], StringComparison.Ordinal));
    }

    [Fact]
    public void The_html_font_stack_covers_cjk_thai_myanmar_and_khmer()
    {
        var html = CardFiles.Text(Generate("ja")["helper.ja.html"]);
        foreach (var family in new[] { "\"Noto Sans CJK JP\"", "\"Noto Sans Thai\"", "\"Noto Sans Myanmar\"", "\"Noto Sans Khmer\"", "sans-serif" })
        {
            Assert.Contains(family, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Each_human_readable_format_is_written_once_per_language_and_the_others_once()
    {
        var names = Generate("en", "ja", "vi").Keys.Where(n => n.StartsWith("helper.", StringComparison.Ordinal) && !n.StartsWith("helper.ja-", StringComparison.Ordinal) && !n.Contains(".annex-iv", StringComparison.Ordinal));
        Assert.Equal(
            new[] { "helper.md", "helper.ja.md", "helper.vi.md", "helper.json", "helper.html", "helper.ja.html", "helper.vi.html" }.Order(StringComparer.Ordinal),
            names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Without_english_only_the_chosen_languages_are_written_and_json_and_cyclonedx_stay_language_neutral()
    {
        var english = Generate("en");
        var japanese = Generate("ja");
        Assert.DoesNotContain("helper.md", japanese.Keys);
        Assert.Contains("helper.ja.md", japanese.Keys);
        Assert.Equal(english["helper.json"], japanese["helper.json"]);
        Assert.Equal(english["Contoso.Localized.cdx.json"], japanese["Contoso.Localized.cdx.json"]);
    }

    [Fact]
    public void A_model_id_ending_in_a_card_language_gets_a_hashed_name_and_takes_no_other_models_card()
    {
        Assert.False(CardFileNames.IsSafe("helper.ja"));
        Assert.False(CardFileNames.IsSafe("helper.FIL"));
        Assert.True(CardFileNames.IsSafe("helper.jav"));
        var files = Generate("en", "ja");
        Assert.Equal(files.Count, files.Keys.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        var helperJa = files.Keys.Where(n => n.StartsWith("helper.ja-", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["helper.ja-" + Hash(helperJa[0]) + ".html", "helper.ja-" + Hash(helperJa[0]) + ".ja.html", "helper.ja-" + Hash(helperJa[0]) + ".ja.md", "helper.ja-" + Hash(helperJa[0]) + ".json", "helper.ja-" + Hash(helperJa[0]) + ".md"], helperJa);
        Assert.Contains("市民ヘルパー", CardFiles.Text(files["helper.ja.md"]), StringComparison.Ordinal);
        Assert.DoesNotContain(CardFileNames.Assign(Declarations()), name => name.IsTaken);
    }

    [Fact]
    public void Card_languages_parse_like_the_other_list_properties()
    {
        Assert.Equal(["en", "ja", "vi", "th"], CardLanguages.Parse("th+vi;ja, EN", out var none).Select(l => l.Tag));
        Assert.Empty(none);
        Assert.Equal(["ja"], CardLanguages.Parse("ja;jp,xx", out var unknown).Select(l => l.Tag));
        Assert.Equal(["jp", "xx"], unknown);
        Assert.Empty(CardLanguages.Parse(" ; ", out _));
    }

    private IReadOnlyDictionary<string, byte[]> Generate(params string[] languages) =>
        CardFiles.Generate(assemblies.Localized.Path, new ModelCardOptions { Languages = CardLanguages.Parse(languages, out _) });

    private AssemblyDeclarations Declarations() => Reading.AssemblyDeclarationReader.Read(File.ReadAllBytes(assemblies.Localized.Path), "Contoso.Localized").Declarations;

    private static string Hash(string name) => name["helper.ja-".Length..("helper.ja-".Length + 8)];

    private static IReadOnlyDictionary<string, string> Read(string file)
    {
        using var stream = File.OpenRead(Path.Combine(ResourcesFolder, file));
        return CardTexts.Parse(stream);
    }

    private static IEnumerable<string> Placeholders(string text) => PlaceholderPattern().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal);

    private static (int Strong, int Emphasis) Markers(string text)
    {
        var strong = Regex.Count(text, @"\*\*");
        return (strong, text.Count(c => c == '*') - (2 * strong));
    }

    [GeneratedRegex(@"\{[0-9]+\}")]
    private static partial Regex PlaceholderPattern();
}
