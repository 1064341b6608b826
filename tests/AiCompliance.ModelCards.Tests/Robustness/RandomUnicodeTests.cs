using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AiCompliance.ModelCards.Cards;
using AiCompliance.ModelCards.Reading;
using AiCompliance.ModelCards.Writers;
using AiCompliance.Policy;
using YamlDotNet.RepresentationModel;

namespace AiCompliance.ModelCards.Tests.Robustness;

/// <summary>
/// Seeded random Unicode in every string field of eight models (surrogate pairs, lone surrogates, C0 and C1 controls,
/// NUL, bidirectional marks, embeddings, overrides and isolates, emoji ZWJ sequences, U+2028/U+2029, BOM,
/// noncharacters, combining marks, markup of every output syntax, line breaks, and strings of tens of thousands of
/// characters): every writer's output parses (System.Text.Json, YamlDotNet, AngleSharp, Markdig) with exactly the
/// structure of the harmless twin (nothing injected), and the strings come back. Every random string ends with a tag
/// ⟦model.slot⟧, so each value is found again in whatever the reader and the writers make of it.
/// </summary>
public sealed partial class RandomUnicodeTests
{
    private const int Seed = 20260117;
    private const int Models = 8;

    private static readonly Lazy<Generated> Cards = new(Generate);

    /// <summary>Every string the reader returned, per model: the random ones, each ending with its tag.</summary>
    private static IReadOnlyList<IReadOnlyList<string>> Values => Cards.Value.Values;

    public static TheoryData<int> ModelIndexes => new(Enumerable.Range(0, Models));

    [Fact]
    public void Every_string_slot_of_every_model_reaches_the_reader()
    {
        for (var m = 0; m < Models; m++)
        {
            var slots = Values[m].Select(v => Tag().Match(v)).Where(x => x.Success && x.Groups[1].Value == m.ToString(CultureInfo.InvariantCulture)).Select(x => x.Groups[2].Value).Distinct().Count();

            // Slot 0 is both the model id and the dataset id; slots 40-50 are the dataset's (model 0 only).
            Assert.True(slots >= RobustnessAssemblies.Slots - 12, $"model {m}: {slots} tagged slots");
        }
    }

    [Theory]
    [MemberData(nameof(ModelIndexes))]
    public void The_json_card_parses_and_every_string_round_trips(int m)
    {
        var text = CardFiles.Text(JsonCardWriter.Write(Cards.Value.Random[m]));
        using var json = JsonDocument.Parse(text);
        var strings = Strings(json.RootElement);

        foreach (var value in Values[m])
        {
            Assert.Contains(Clean(value), strings);
        }

        // Markup is written as it is (a JSON card is never inlined into HTML); invisible characters are escaped.
        Assert.DoesNotMatch(Invisible(), text);
    }

    [Theory]
    [MemberData(nameof(ModelIndexes))]
    public void The_yaml_front_matter_parses_with_the_twin_keys_and_exact_strings(int m)
    {
        var markdown = MarkdownCardWriter.Write(Cards.Value.Random[m]);
        var (front, _) = CardFiles.SplitMarkdown(markdown);
        var (twin, _) = CardFiles.SplitMarkdown(MarkdownCardWriter.Write(Cards.Value.Plain[m]));

        Assert.Equal(twin.Children.Keys.Select(CardFiles.Scalar), front.Children.Keys.Select(CardFiles.Scalar));
        // A scalar holds declared strings whole, alone or composed ("metric (slice)"): each one it names is intact.
        foreach (var scalar in Scalars(front).Where(s => s.Contains('⟦', StringComparison.Ordinal)))
        {
            var named = Values[m].Where(v => scalar.Contains(Tag().Match(v).Value, StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(named);
            Assert.All(named, v => Assert.Contains(Clean(v), scalar, StringComparison.Ordinal));
        }

        Assert.Equal(Clean(Slot(m, 4)), CardFiles.Scalar(CardFiles.Get(front, "base_model")));
        // The licence is no SPDX id: other, with an id-like name (the Hub's convention) that keeps the tag's digits.
        Assert.Equal("other", CardFiles.Scalar(CardFiles.Get(front, "license")));
        Assert.Matches("^([a-z0-9.+]+-)*" + m.ToString(CultureInfo.InvariantCulture) + "\\.5$", CardFiles.Scalar(CardFiles.Get(front, "license_name")));
        Assert.Equal(new[] { Clean(Slot(m, 52)), Clean(Slot(m, 53)) }, ((YamlSequenceNode)CardFiles.Get(front, "language")).Select(CardFiles.Scalar));
        Assert.DoesNotMatch(Invisible(), markdown);
    }

    [Theory]
    [MemberData(nameof(ModelIndexes))]
    public void The_rendered_markdown_has_the_structure_of_its_twin(int m)
    {
        var (_, body) = CardFiles.SplitMarkdown(MarkdownCardWriter.Write(Cards.Value.Random[m]));
        var (_, twin) = CardFiles.SplitMarkdown(MarkdownCardWriter.Write(Cards.Value.Plain[m]));

        var expected = CardFiles.RenderMarkdown(twin);
        var actual = CardFiles.RenderMarkdown(body);
        AssertSameShape(expected, actual);
    }

    /// <summary>Same elements and attributes in the same order; on failure, shows the first element that differs.</summary>
    private static void AssertSameShape(AngleSharp.Dom.IDocument expected, AngleSharp.Dom.IDocument actual)
    {
        var left = CardFiles.ShapeWithoutBanner(expected);
        var right = CardFiles.ShapeWithoutBanner(actual);
        var index = 0;
        while (index < left.Count && index < right.Count && left[index] == right[index])
        {
            index++;
        }

        if (index < left.Count || index < right.Count)
        {
            var twin = index < left.Count ? expected.All[index].OuterHtml : "(end)";
            var found = index < right.Count ? actual.All[index].OuterHtml : "(end)";
            var parent = index < right.Count ? actual.All[index].ParentElement?.OuterHtml ?? "" : "";
            Assert.Fail($"element {index} differs: twin {Short(twin)}; found {Short(found)} in {Short(parent)}");
        }

        static string Short(string text) => text.Length > 600 ? text[..600] + "…" : text;
    }

    [Theory]
    [MemberData(nameof(ModelIndexes))]
    public void The_html_card_parses_with_no_injected_element_and_facts_round_trip(int m)
    {
        var document = CardFiles.ParseHtml(HtmlCardWriter.Write(Cards.Value.Random[m]));
        var twin = CardFiles.ParseHtml(HtmlCardWriter.Write(Cards.Value.Plain[m]));

        AssertSameShape(twin, document);
        Assert.Empty(document.QuerySelectorAll("script, img, iframe, object, embed"));
        foreach (var (label, slot) in new[] { ("Name", 1), ("Version", 2), ("Developed by", 3), ("License", 5), ("Risk rationale", 7), ("Reviewer", 18), ("Accountable owner", 20), ("Contact", 21) })
        {
            var dd = document.QuerySelectorAll("dt").First(dt => dt.TextContent == label).NextElementSibling!;
            Assert.Equal(Clean(Slot(m, slot)).Replace('\0', '\uFFFD'), dd.TextContent);
        }
    }

    [Fact]
    public void The_cyclonedx_bom_parses_and_the_model_strings_round_trip()
    {
        var generated = Cards.Value;
        var bytes = CycloneDxWriter.Write(generated.Random, generated.Scanned.Declarations, generated.Random[0].Source, PolicySettings.Default);
        var text = CardFiles.Text(bytes);
        using var bom = JsonDocument.Parse(text);
        var components = bom.RootElement.GetProperty("components").EnumerateArray().Where(c => c.GetProperty("type").GetString() == "machine-learning-model").ToList();
        Assert.Equal(Models, components.Count);

        for (var m = 0; m < Models; m++)
        {
            var id = Clean(Slot(m, 0));
            var component = components.Single(c => c.GetProperty("name").GetString() == id);
            var strings = Strings(component);
            // Provider, base model, description, risk rationale, purpose, reviewer, owner, contact, region.
            foreach (var slot in new[] { 3, 4, 6, 7, 8, 18, 20, 21, 54 })
            {
                Assert.Contains(Clean(Slot(m, slot)), strings);
            }
        }

        Assert.DoesNotMatch(Invisible(), text);
    }

    /// <summary>The value the reader returned for a slot of a model.</summary>
    private static string Slot(int m, int slot)
    {
        var tag = "⟦" + m.ToString(CultureInfo.InvariantCulture) + "." + slot.ToString(CultureInfo.InvariantCulture) + "⟧";
        return Values[m].First(v => v.EndsWith(tag, StringComparison.Ordinal));
    }

    /// <summary>What the writers promise for text they cannot carry: a lone surrogate becomes U+FFFD.</summary>
    private static string Clean(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                result.Append(c).Append(text[++i]);
            }
            else
            {
                result.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return result.ToString();
    }

    private static HashSet<string> Strings(JsonElement element)
    {
        var strings = new HashSet<string>(StringComparer.Ordinal);
        void Walk(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.String:
                    strings.Add(e.GetString()!);
                    break;
                case JsonValueKind.Array:
                    foreach (var item in e.EnumerateArray())
                    {
                        Walk(item);
                    }

                    break;
                case JsonValueKind.Object:
                    foreach (var property in e.EnumerateObject())
                    {
                        Walk(property.Value);
                    }

                    break;
            }
        }

        Walk(element);
        return strings;
    }

    private static IEnumerable<string> Scalars(YamlNode node) => node switch
    {
        YamlScalarNode scalar => [scalar.Value ?? ""],
        YamlSequenceNode sequence => sequence.SelectMany(Scalars),
        YamlMappingNode mapping => mapping.Children.SelectMany(p => Scalars(p.Key).Concat(Scalars(p.Value))),
        _ => [],
    };

    private static Generated Generate()
    {
        var random = new Random(Seed);
        var hostile = new StringBuilder();
        var plain = new StringBuilder();
        for (var m = 0; m < Models; m++)
        {
            var model = m;
            var texts = Enumerable.Range(0, RobustnessAssemblies.Slots).Select(slot => RandomText.Next(random, model, slot)).ToArray();
            hostile.AppendLine(RobustnessAssemblies.ModelSource(m, slot => texts[slot], withDataset: m == 0));
            plain.AppendLine(RobustnessAssemblies.ModelSource(m, slot => "Plain text ⟦" + model.ToString(CultureInfo.InvariantCulture) + "." + slot.ToString(CultureInfo.InvariantCulture) + "⟧", withDataset: m == 0));
        }

        var scanned = AssemblyDeclarationReader.Read(RobustnessAssemblies.Compile("Robust.Random", hostile.ToString()), "Robust.Random.dll");
        var twin = AssemblyDeclarationReader.Read(RobustnessAssemblies.Compile("Robust.Plain", plain.ToString()), "Robust.Plain.dll");
        var cards = ModelCardBuilder.Build(scanned, PolicySettings.Default, date: null);
        var twins = ModelCardBuilder.Build(twin, PolicySettings.Default, date: null);
        Assert.Equal(Models, cards.Count);
        Assert.Equal(cards.Select(c => c.Model.TypeName), twins.Select(c => c.Model.TypeName));

        var values = new List<IReadOnlyList<string>>();
        foreach (var card in cards)
        {
            using var dump = JsonDocument.Parse(DeclarationDump.Dump(card.Model));
            values.Add(Strings(dump.RootElement).Where(s => Tag().IsMatch(s)).ToList());
        }

        return new Generated(scanned, cards, twins, values);
    }

    [GeneratedRegex("⟦(\\d+)\\.(\\d+)⟧$")]
    private static partial Regex Tag();

    /// <summary>Control characters (other than LF) and invisible direction or format characters, raw in a file.</summary>
    [GeneratedRegex("[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u206F\u2028\u2029\uFE00-\uFE0F\uFEFF\u3164]|\uDB40[\uDC00-\uDC7F]")]
    private static partial Regex Invisible();

    private sealed record Generated(ScannedAssembly Scanned, IReadOnlyList<ModelCard> Random, IReadOnlyList<ModelCard> Plain, IReadOnlyList<IReadOnlyList<string>> Values);
}

/// <summary>Seeded random text made of the pieces that break output syntaxes and text handling.</summary>
public static class RandomText
{
    private static readonly string[] Markup =
    [
        "<script>alert(1)</script>", "</dd>", "<b>", "&amp;", "&#60;", "\"", "'", "`", "|", "---\n", "# ", "* ", "- ", "1. ", "> ",
        "]]>", "<!--", "-->", "{{x}}", "${x}", "\\", "\\u0041", "[a](javascript:x)", "![i](x)", "::", "~~", "==", "^", ": ", "? ", "&", "%",
        "{\"a\":1}", "'''", "\"\"\"", "\t",
    ];

    private static readonly string[] Sequences =
    [
        "👩‍💻", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🧑🏽‍🚀", "🇻🇳", "🇯🇵", "❤️", "1️⃣", "👍🏿",
    ];

    private static readonly string[] Scripts =
    [
        "עברית", "العربية", "ไทย", "हिन्दी", "日本語", "tiếng Việt", "Ελληνικά", "ភាសាខ្មែរ", "ພາສາລາວ", "မြန်မာ", "한국어",
    ];

    /// <summary>A random string for a slot of a model; it always ends with the tag ⟦model.slot⟧ (so it is never blank).</summary>
    public static string Next(Random random, int model, int slot)
    {
        ArgumentNullException.ThrowIfNull(random);
        var text = new StringBuilder();
        var pieces = random.Next(14) == 0 ? 1500 + random.Next(2500) : 1 + random.Next(12);
        for (var i = 0; i < pieces; i++)
        {
            Piece(random, text);
        }

        return text.Append('⟦').Append(model.ToString(CultureInfo.InvariantCulture)).Append('.').Append(slot.ToString(CultureInfo.InvariantCulture)).Append('⟧').ToString();
    }

    private static void Piece(Random random, StringBuilder text)
    {
        switch (random.Next(22))
        {
            case 0:
                for (var i = random.Next(1, 9); i > 0; i--)
                {
                    text.Append((char)('a' + random.Next(26)));
                }

                break;
            case 1:
                text.Append(' ');
                break;
            case 2:
                // A surrogate pair: emoji, mathematical letters, CJK extension B, or anything in the supplementary planes.
                var ranges = new[] { (0x1F300, 0x1FAFF), (0x1D400, 0x1D7FF), (0x20000, 0x2A6DF), (0x10000, 0x10FFFD) };
                var (low, high) = ranges[random.Next(ranges.Length)];
                text.Append(char.ConvertFromUtf32(random.Next(low, high + 1)));
                break;
            case 3:
                text.Append((char)random.Next(0xD800, 0xDC00));
                break;
            case 4:
                text.Append((char)random.Next(0xDC00, 0xE000));
                break;
            case 5:
                text.Append((char)random.Next(0x00, 0x20));
                break;
            case 6:
                text.Append('\0');
                break;
            case 7:
                text.Append((char)random.Next(0x7F, 0xA0));
                break;
            case 8:
                text.Append(random.Next(3) switch { 0 => '\u200E', 1 => '\u200F', _ => '\u061C' });
                break;
            case 9:
                text.Append((char)random.Next(0x202A, 0x202F));
                break;
            case 10:
                text.Append((char)random.Next(0x2066, 0x206A));
                break;
            case 11:
                text.Append(Sequences[random.Next(Sequences.Length)]);
                break;
            case 12:
                text.Append(random.Next(2) == 0 ? '\u2028' : '\u2029');
                break;
            case 13:
                text.Append('\uFEFF');
                break;
            case 14:
            case 15:
                text.Append(Markup[random.Next(Markup.Length)]);
                break;
            case 16:
                text.Append(random.Next(4) switch { 0 => "\n", 1 => "\r", 2 => "\r\n", _ => "\u0085" });
                break;
            case 17:
                text.Append(Scripts[random.Next(Scripts.Length)]);
                break;
            case 18:
                text.Append(random.Next(2) == 0 ? "e\u0301" : "\u20DD");
                break;
            case 19:
                text.Append(random.Next(2) == 0 ? '\uFFFE' : '\uFFFF');
                break;
            case 20:
                text.Append('\u200B').Append('\u200D').Append('\u00AD');
                break;
            default:
                text.Append((char)('A' + random.Next(26)), random.Next(1, 2000));
                break;
        }
    }
}
