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
/// What each translation of the rule texts keeps beyond its keys and placeholders (ResourceCompletenessTests checks
/// those): every message format formats with the rule's arguments, every code identifier, rule id and option key the user
/// types stays as written, no title or description is left in English, and the satellite assembly the build produces
/// serves exactly the file's texts. The cultures are the translation files found next to the English one.
/// </summary>
public sealed class RuleTextTranslationTests
{
    private static readonly Regex Placeholder = new(@"(?<!\{)\{\d+[^{}]*\}");

    // Attributes in brackets, rule ids, PascalCase identifiers (with their member: RiskProfile.Rationale) and option keys.
    private static readonly Regex CodeIdentifier = new(
        @"\[[^\]]+\]|\bAIC\d{3}\b|\b[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+(?:\.[A-Z][A-Za-z0-9]+)*\b|\baicompliance\.[a-z_]+\b");

    public static TheoryData<string> Cultures()
    {
        var cultures = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(RepositoryRoot.Combine("sdk", "AiCompliance.Policy", "Resources"), "RuleTexts.*.resx").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            cultures.Add(name.Substring(name.IndexOf('.', StringComparison.Ordinal) + 1));
        }

        return cultures;
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Every_message_format_formats_with_the_rules_arguments(string culture)
    {
        foreach (var descriptor in RuleCatalog.Descriptors)
        {
            var format = Translations(culture)[descriptor.Id + "_MessageFormat"];
            var arguments = Placeholders(descriptor.MessageFormat).Select((_, i) => (object)("arg" + i)).ToArray();

            var message = string.Format(CultureInfo.InvariantCulture, format, arguments);

            Assert.All(arguments, argument => Assert.Contains((string)argument, message, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Code_identifiers_and_rule_ids_stay_as_written(string culture)
    {
        var english = EnglishTexts();
        var lost = Translations(culture)
            .Where(t => english.ContainsKey(t.Key))
            .SelectMany(t => CodeIdentifier.Matches(english[t.Key]).Select(m => m.Value)
                .Where(identifier => !t.Value.Contains(identifier, StringComparison.Ordinal))
                .Select(identifier => t.Key + ": " + identifier));

        Assert.Empty(lost);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Every_title_and_description_is_translated(string culture)
    {
        var english = EnglishTexts();
        var untranslated = Translations(culture)
            .Where(t => !t.Key.EndsWith("_MessageFormat", StringComparison.Ordinal))
            .Where(t => english.TryGetValue(t.Key, out var text) && text == t.Value)
            .Select(t => t.Key);

        Assert.Empty(untranslated);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void The_satellite_assembly_serves_every_translated_text(string culture)
    {
        var resources = new ResourceManager("AiCompliance.Policy.Resources.RuleTexts", typeof(RuleCatalog).Assembly);
        var served = new CultureInfo(culture);
        var wrong = Translations(culture)
            .Where(entry => resources.GetString(entry.Key, served) != entry.Value)
            .Select(entry => entry.Key);

        Assert.Empty(wrong);
    }

    [Fact]
    public void The_malay_descriptions_are_malay_rather_than_copies_of_the_indonesian_ones()
    {
        var indonesian = Translations("id");
        var copied = Translations("ms")
            .Where(t => t.Key.EndsWith("_Description", StringComparison.Ordinal) && indonesian.GetValueOrDefault(t.Key) == t.Value)
            .Select(t => t.Key);

        Assert.Empty(copied);
    }

    private static Dictionary<string, string> EnglishTexts()
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        // Descriptors holds the SourceOnlyRules too: those are translated like every other rule.
        foreach (var descriptor in RuleCatalog.Descriptors)
        {
            texts[descriptor.Id + "_Title"] = descriptor.Title;
            texts[descriptor.Id + "_MessageFormat"] = descriptor.MessageFormat;
            texts[descriptor.Id + "_Description"] = descriptor.Description;
        }

        return texts;
    }

    private static Dictionary<string, string> Translations(string culture) =>
        ReadEntries(culture).GroupBy(e => e.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);

    private static List<KeyValuePair<string, string>> ReadEntries(string culture)
    {
        var path = RepositoryRoot.Combine("sdk", "AiCompliance.Policy", "Resources", "RuleTexts." + culture + ".resx");
        return XDocument.Load(path).Root!.Elements("data")
            .Select(data => new KeyValuePair<string, string>((string)data.Attribute("name")!, (string?)data.Element("value") ?? ""))
            .ToList();
    }

    private static IEnumerable<string> Placeholders(string text) =>
        Placeholder.Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal);
}
