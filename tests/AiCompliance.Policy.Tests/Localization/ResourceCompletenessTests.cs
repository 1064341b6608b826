using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AiCompliance.Policy.Rules;
using AiCompliance.Testing;

namespace AiCompliance.Policy.Tests.Localization;

/// <summary>
/// Every translation says everything the English says, with the same placeholders. The translations are found on disk
/// (<c>&lt;Name&gt;.&lt;culture&gt;.resx</c> next to <c>&lt;Name&gt;.resx</c>), so a language added later is checked
/// without editing this test.
/// </summary>
public sealed class ResourceCompletenessTests
{
    private static readonly Regex Placeholder = new(@"(?<!\{)\{(\d+)(?:[,:][^{}]*)?\}", RegexOptions.CultureInvariant);

    /// <summary>The English resource files whose translations ship next to the analyzers.</summary>
    private static readonly string[] NeutralFiles =
    [
        RepositoryRoot.Combine("sdk", "AiCompliance.Policy", "Resources", "RuleTexts.resx"),
        RepositoryRoot.Combine("analyzers", "AiCompliance.CodeFixes", "Resources", "CodeFixTexts.resx"),
        RepositoryRoot.Combine("sdk", "AiCompliance.Policy", "Resources", "MessageTexts.resx"),
    ];

    public static TheoryData<string, string> Translations()
    {
        var data = new TheoryData<string, string>();
        foreach (var neutral in NeutralFiles)
        {
            foreach (var culture in CulturesOf(neutral))
            {
                data.Add(Path.GetFileName(neutral), culture);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void A_translation_has_every_key_of_the_english_no_other_and_the_same_placeholders(string neutralName, string culture)
    {
        var neutralPath = NeutralFiles.Single(f => Path.GetFileName(f) == neutralName);
        var english = Read(neutralPath);
        var translated = Read(Path.ChangeExtension(neutralPath, "." + culture + ".resx"));

        var problems = new List<string>();
        foreach (var (key, text) in english)
        {
            if (!translated.TryGetValue(key, out var translation) || string.IsNullOrWhiteSpace(translation))
            {
                problems.Add(key + ": missing or empty");
            }
            else if (!Placeholders(text).SetEquals(Placeholders(translation)))
            {
                problems.Add(key + ": placeholders " + Describe(Placeholders(translation)) + ", the English has " + Describe(Placeholders(text)));
            }
        }

        problems.AddRange(translated.Keys.Where(key => !english.ContainsKey(key)).Select(key => key + ": not in " + neutralName));
        Assert.True(problems.Count == 0, neutralName + " in " + culture + ":" + Environment.NewLine + string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Every_translation_is_named_by_a_culture_that_msbuild_turns_into_a_satellite_assembly()
    {
        // A file named by an unknown culture would be compiled into the main assembly as one more English resource.
        var known = CultureInfo.GetCultures(CultureTypes.AllCultures).Select(c => c.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.All(NeutralFiles.SelectMany(CulturesOf), culture => Assert.Contains(culture, known));
        Assert.All(NeutralFiles, neutral => Assert.Contains("ja", CulturesOf(neutral)));
    }

    [Fact]
    public void The_message_texts_have_the_phrase_of_every_declaration_of_the_catalogue()
    {
        var english = Read(NeutralFiles.Single(f => Path.GetFileName(f) == "MessageTexts.resx"));

        Assert.All(Requirements.DeclarationCatalog.All, declaration =>
        {
            Assert.True(english.TryGetValue(declaration.PhraseKey, out var phrase), declaration.PhraseKey + " is missing.");
            Assert.Equal(declaration.Phrase, phrase);
        });
    }

    [Fact]
    public void The_english_rule_texts_are_the_three_texts_of_every_rule_of_the_catalogue_and_nothing_else()
    {
        var english = Read(NeutralFiles[0]);
        var expected = RuleCatalog.Descriptors.SelectMany(r => new[] { r.TitleKey, r.MessageFormatKey, r.DescriptionKey });

        Assert.Equal(expected.Order(StringComparer.Ordinal), english.Keys.Order(StringComparer.Ordinal));
        Assert.All(english, entry => Assert.False(string.IsNullOrWhiteSpace(entry.Value), entry.Key + " is empty."));
        var aic101 = RuleCatalog.FindDescriptor("AIC101")!;
        Assert.Equal(english["AIC101_Title"], aic101.Title);
        Assert.Equal(english["AIC101_MessageFormat"], aic101.MessageFormat);
        Assert.Equal(english["AIC101_Description"], aic101.Description);
    }

    [Fact]
    public void The_japanese_texts_are_read_from_the_satellite_assembly_and_english_is_the_fallback()
    {
        var japanese = CultureInfo.GetCultureInfo("ja-JP");

        Assert.Equal("モデルが責任者を宣言していない", RuleTexts.InCulture("AIC106_Title", japanese));
        Assert.Equal("Model declares no accountable owner", RuleTexts.InCulture("AIC106_Title", CultureInfo.GetCultureInfo("de")));
        Assert.Equal("Model declares no accountable owner", RuleTexts.English("AIC106_Title"));
    }

    private static IEnumerable<string> CulturesOf(string neutralPath)
    {
        var name = Path.GetFileNameWithoutExtension(neutralPath);
        return Directory.GetFiles(Path.GetDirectoryName(neutralPath)!, name + ".*.resx")
            .Select(f => Path.GetFileNameWithoutExtension(f)[(name.Length + 1)..])
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    private static HashSet<string> Placeholders(string text) =>
        Placeholder.Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    private static string Describe(IEnumerable<string> placeholders) =>
        "{" + string.Join("} {", placeholders.Order(StringComparer.Ordinal)) + "}";
}
