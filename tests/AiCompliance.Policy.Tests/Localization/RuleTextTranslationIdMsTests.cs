using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AiCompliance.Policy.Rules;
using AiCompliance.Testing;

namespace AiCompliance.Policy.Tests.Localization;

/// <summary>
/// The Indonesian and Malay rule texts hold one translation for each title, message format and description of the
/// catalogue, and keep what Roslyn and the user rely on: every placeholder (a lost one drops an argument from the
/// message, an extra one makes the compiler print the raw format), every code identifier, rule id and framework-side
/// name the user types. The files are read as XML, so the check does not depend on how satellite assemblies are built.
/// </summary>
public sealed class RuleTextTranslationIdMsTests
{
    private static readonly Regex Placeholder = new(@"(?<!\{)\{\d+[^{}]*\}");

    // Attributes in brackets, rule ids, PascalCase identifiers (with their member: RiskProfile.Rationale) and option keys.
    private static readonly Regex CodeIdentifier = new(
        @"\[[^\]]+\]|\bAIC\d{3}\b|\b[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+(?:\.[A-Z][A-Za-z0-9]+)*\b|\baicompliance\.[a-z_]+\b");

    public static TheoryData<string> Cultures => new() { "id", "ms" };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void The_keys_are_the_title_message_format_and_description_of_every_rule_each_once(string culture)
    {
        var keys = ReadEntries(culture).Select(e => e.Key).ToList();

        Assert.Equal(keys.Distinct(StringComparer.Ordinal), keys);
        Assert.Equal(EnglishTexts().Keys.Order(StringComparer.Ordinal), keys.Order(StringComparer.Ordinal));
        Assert.All(SourceOnlyRules.All, rule => Assert.Contains(rule.Id + "_MessageFormat", keys));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void No_text_is_empty(string culture)
    {
        Assert.Empty(ReadEntries(culture).Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Every_text_has_the_placeholders_of_the_english_text(string culture)
    {
        var english = EnglishTexts();
        var differing = Translations(culture)
            .Where(t => english.ContainsKey(t.Key))
            .Where(t => !Placeholders(english[t.Key]).SequenceEqual(Placeholders(t.Value)))
            .Select(t => t.Key + ": " + string.Join(" ", Placeholders(t.Value)) + " instead of " + string.Join(" ", Placeholders(english[t.Key])));

        Assert.Empty(differing);
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
