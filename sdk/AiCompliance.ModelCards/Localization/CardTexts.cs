using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using AiCompliance.ModelCards.Writers;

namespace AiCompliance.ModelCards.Localization;

/// <summary>
/// The generated text of the human-readable cards in one language, from <c>Resources/CardTexts.resx</c> (English) and
/// <c>CardTexts.&lt;tag&gt;.resx</c>. The .resx files are embedded as they are and read here by language tag rather than
/// through ResourceManager: the CLI runs with InvariantGlobalization, where a CultureInfo for "ja" cannot be created,
/// and the cards' language must not follow the machine's UI culture anyway. A key missing in a language falls back to
/// English (a test keeps every language complete).
/// </summary>
internal sealed class CardTexts
{
    internal const string ResourcePrefix = "AiCompliance.ModelCards.Resources.CardTexts";

    private readonly IReadOnlyDictionary<string, string> _texts;
    private readonly CardTexts? _fallback;

    private CardTexts(string tag, IReadOnlyDictionary<string, string> texts, CardTexts? fallback)
    {
        Tag = tag;
        _texts = texts;
        _fallback = fallback;
    }

    public string Tag { get; }

    /// <summary>The keys this language's own file defines.</summary>
    public IEnumerable<string> Keys => _texts.Keys;

    public static CardTexts Load(string tag)
    {
        var neutral = new CardTexts(CardLanguages.EnglishTag, Read(ResourcePrefix + ".resx"), null);
        return tag == CardLanguages.EnglishTag ? neutral : new CardTexts(tag, Read(ResourcePrefix + "." + tag + ".resx"), neutral);
    }

    /// <summary>The text of <paramref name="key"/>; a key no file defines is a bug, found by any test that writes a card.</summary>
    public string this[string key] =>
        _texts.TryGetValue(key, out var text) ? text
        : _fallback is not null ? _fallback[key]
        : throw new KeyNotFoundException("No card text '" + key + "' in CardTexts.resx.");

    /// <summary>The text of <paramref name="key"/> with its placeholders filled (numbers and dates come formatted already).</summary>
    public string Format(string key, params object[] args) => string.Format(CultureInfo.InvariantCulture, this[key], args);

    /// <summary>
    /// The text of <paramref name="key"/> as runs: <c>{n}</c> is the n-th of <paramref name="args"/> (plain text takes the
    /// style around it, user text keeps its own), <c>*…*</c> is emphasis and <c>**…**</c> strong, so a translation can move them where its grammar wants them.
    /// Adjacent plain text is one run.
    /// </summary>
    public Run[] Runs(string key, params Run[] args)
    {
        var template = this[key];
        var runs = new List<Run>();
        var text = new System.Text.StringBuilder();
        var style = TextStyle.Plain;

        void Flush()
        {
            if (text.Length > 0)
            {
                if (style == TextStyle.Plain && runs.Count > 0 && runs[runs.Count - 1].Style == TextStyle.Plain)
                {
                    runs[runs.Count - 1] = Run.Plain(runs[runs.Count - 1].Text + text);
                }
                else
                {
                    runs.Add(new Run(text.ToString(), style));
                }

                text.Clear();
            }
        }

        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c == '*')
            {
                var strong = i + 1 < template.Length && template[i + 1] == '*';
                Flush();
                var marked = strong ? TextStyle.Strong : TextStyle.Emphasis;
                style = style == marked ? TextStyle.Plain : marked;
                i += strong ? 1 : 0;
            }
            else if (c == '{' && template.IndexOf('}', i) is var close && close > i
                && int.TryParse(template.Substring(i + 1, close - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                var arg = args[index];
                if (arg.Style == TextStyle.Plain)
                {
                    text.Append(arg.Text);
                }
                else
                {
                    Flush();
                    runs.Add(arg);
                }

                i = close;
            }
            else
            {
                text.Append(c);
            }
        }

        Flush();
        return runs.ToArray();
    }

    /// <summary>The names of the embedded card-text files: <c>CardTexts.resx</c>, <c>CardTexts.ja.resx</c>, ….</summary>
    internal static IEnumerable<string> ResourceNames() =>
        typeof(CardTexts).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix + ".", StringComparison.Ordinal));

    internal static IReadOnlyDictionary<string, string> Read(string resourceName)
    {
        using var stream = typeof(CardTexts).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException("The card texts '" + resourceName + "' are not embedded in " + typeof(CardTexts).Assembly.GetName().Name + ".");
        return Parse(stream);
    }

    /// <summary>The <c>data</c> entries of a .resx file: name and value, whitespace kept as written.</summary>
    internal static IReadOnlyDictionary<string, string> Parse(Stream resx)
    {
        var document = XDocument.Load(resx, LoadOptions.PreserveWhitespace);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var data in document.Root!.Elements("data"))
        {
            texts[(string)data.Attribute("name")!] = (string?)data.Element("value") ?? "";
        }

        return texts;
    }
}
