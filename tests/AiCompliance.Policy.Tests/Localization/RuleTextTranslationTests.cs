using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Resources;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AiCompliance.Policy.Rules;
using AiCompliance.Testing;

namespace AiCompliance.Policy.Tests.Localization;

/// <summary>
/// The translated rule texts (<c>Resources/RuleTexts.&lt;culture&gt;.resx</c>) stay in step with the English texts of the
/// rule catalogue: a missing key would silently fall back to English, and a lost or extra placeholder would throw inside
/// the compiler when the diagnostic is formatted.
/// </summary>
public sealed class RuleTextTranslationTests
{
    private static readonly Regex Placeholder = new(@"\{\d+(?:,-?\d+)?(?::[^}]*)?\}", RegexOptions.CultureInvariant);

    // Attribute names such as [AiModel] or [assembly: Dataset] are code: a translation that changes them points the
    // reader at an attribute that does not exist.
    private static readonly Regex AttributeName = new(@"\[(?:assembly: )?[A-Z][A-Za-z]*(?:\(…\))?\]", RegexOptions.CultureInvariant);

    public static TheoryData<string> Cultures => new() { "vi", "th", "fil" };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void The_translation_has_exactly_the_keys_of_the_English_rule_texts(string culture)
    {
        var translated = Load(culture);
        var expected = EnglishTexts();

        Assert.Equal(expected.Keys.OrderBy(key => key, StringComparer.Ordinal), translated.Keys.OrderBy(key => key, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Every_translated_text_is_filled_in(string culture)
    {
        var empty = Load(culture).Where(entry => string.IsNullOrWhiteSpace(entry.Value)).Select(entry => entry.Key).ToList();

        Assert.Empty(empty);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Every_translated_text_keeps_the_placeholders_of_the_English_text(string culture)
    {
        var translated = Load(culture);
        var mismatches = new List<string>();
        foreach (var (key, english) in EnglishTexts())
        {
            if (translated.TryGetValue(key, out var text) && !Placeholders(english).SequenceEqual(Placeholders(text)))
            {
                mismatches.Add($"{key}: [{string.Join(" ", Placeholders(english))}] in English, [{string.Join(" ", Placeholders(text))}] in {culture}");
            }
        }

        Assert.Empty(mismatches);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Every_translated_message_format_can_be_formatted(string culture)
    {
        var failures = new List<string>();
        foreach (var (key, text) in Load(culture).Where(entry => entry.Key.EndsWith("_MessageFormat", StringComparison.Ordinal)))
        {
            var arguments = Enumerable.Range(0, 10).Select(index => (object)("arg" + index)).ToArray();
            try
            {
                _ = string.Format(CultureInfo.InvariantCulture, text, arguments);
            }
            catch (FormatException exception)
            {
                failures.Add(key + ": " + exception.Message);
            }
        }

        Assert.Empty(failures);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Every_translated_text_keeps_the_attribute_names_of_the_English_text(string culture)
    {
        var translated = Load(culture);
        var missing = new List<string>();
        foreach (var (key, english) in EnglishTexts())
        {
            foreach (Match name in AttributeName.Matches(english))
            {
                if (translated.TryGetValue(key, out var text) && !text.Contains(name.Value, StringComparison.Ordinal))
                {
                    missing.Add(key + ": " + name.Value);
                }
            }
        }

        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void The_satellite_assembly_serves_every_translated_text(string culture)
    {
        var resources = new ResourceManager("AiCompliance.Policy.Resources.RuleTexts", typeof(RuleCatalog).Assembly);
        var served = new CultureInfo(culture);
        var wrong = Load(culture)
            .Where(entry => TryGetString(resources, entry.Key, served) != entry.Value)
            .Select(entry => entry.Key)
            .ToList();

        Assert.Empty(wrong);
    }

    // Until the neutral RuleTexts.resx exists, a key the satellite lacks makes the lookup throw instead of falling back.
    private static string? TryGetString(ResourceManager resources, string key, CultureInfo culture)
    {
        try
        {
            return resources.GetString(key, culture);
        }
        catch (MissingManifestResourceException)
        {
            return null;
        }
    }

    private static Dictionary<string, string> EnglishTexts()
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var rule in RuleCatalog.Descriptors.Concat(SourceOnlyRules.All))
        {
            texts[rule.Id + "_Title"] = rule.Title;
            texts[rule.Id + "_MessageFormat"] = rule.MessageFormat;
            texts[rule.Id + "_Description"] = rule.Description;
        }

        return texts;
    }

    private static Dictionary<string, string> Load(string culture)
    {
        var path = RepositoryRoot.Combine("sdk", "AiCompliance.Policy", "Resources", $"RuleTexts.{culture}.resx");
        Assert.True(File.Exists(path), path + " is missing");
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var data in XDocument.Load(path).Root!.Elements("data"))
        {
            var name = (string?)data.Attribute("name") ?? "";
            Assert.False(texts.ContainsKey(name), $"{culture}: key {name} appears twice");
            texts[name] = (string?)data.Element("value") ?? "";
        }

        return texts;
    }

    private static List<string> Placeholders(string text) =>
        Placeholder.Matches(text).Select(match => match.Value).OrderBy(value => value, StringComparer.Ordinal).ToList();
}
