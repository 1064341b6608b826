using System;
using System.Collections.Generic;
using System.Text;
using AiCompliance.ModelCards.Cards;
using AiCompliance.ModelCards.Reading;
using AiCompliance.ModelCards.Writers;
using AiCompliance.Policy;

namespace AiCompliance.ModelCards;

/// <summary>A generated file: its name (no directory) and its bytes.</summary>
public sealed class CardFile
{
    /// <summary>Creates a file.</summary>
    public CardFile(string name, byte[] content)
    {
        Name = name;
        Content = content;
    }

    /// <summary>The file name, for example <c>credit-risk-scorer.md</c> or <c>Contoso.Credit.cdx.json</c>.</summary>
    public string Name { get; }

    /// <summary>UTF-8 without BOM, LF line endings.</summary>
    public byte[] Content { get; }
}

/// <summary>What to generate.</summary>
public sealed class ModelCardOptions
{
    /// <summary>The formats; all of them by default.</summary>
    public ModelCardFormats Formats { get; init; } = ModelCardFormats.All;

    /// <summary>The policy whose frameworks the compliance section covers; the default frameworks by default.</summary>
    public PolicySettings Settings { get; init; } = PolicySettings.Default;

    /// <summary>
    /// The date printed on the cards and in the CycloneDX timestamp. <see langword="null"/> (the default) prints none,
    /// so the same assembly always gives byte-identical files.
    /// </summary>
    public DateTimeOffset? Date { get; init; }
}

/// <summary>Generates every card of an assembly in the requested formats, in memory and deterministically.</summary>
public static class ModelCardGenerator
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// The files for an assembly, in a stable order: per model (by type name) .md, .json, .html, then the assembly's
    /// .cdx.json. Empty when the assembly has no models.
    /// </summary>
    public static IReadOnlyList<CardFile> Generate(ScannedAssembly assembly, ModelCardOptions options)
    {
        if (assembly is null)
        {
            throw new ArgumentNullException(nameof(assembly));
        }

        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        var cards = ModelCardBuilder.Build(assembly, options.Settings, options.Date);
        var files = new List<CardFile>();
        if (cards.Count == 0)
        {
            return files;
        }

        foreach (var card in cards)
        {
            if ((options.Formats & ModelCardFormats.Markdown) != 0)
            {
                files.Add(new CardFile(card.FileName + ".md", Utf8.GetBytes(MarkdownCardWriter.Write(card))));
            }

            if ((options.Formats & ModelCardFormats.Json) != 0)
            {
                files.Add(new CardFile(card.FileName + ".json", JsonCardWriter.Write(card)));
            }

            if ((options.Formats & ModelCardFormats.Html) != 0)
            {
                files.Add(new CardFile(card.FileName + ".html", Utf8.GetBytes(HtmlCardWriter.Write(card))));
            }
        }

        if ((options.Formats & ModelCardFormats.CycloneDx) != 0)
        {
            files.Add(new CardFile(
                ModelCardBuilder.CycloneDxFileStem(assembly.Declarations.AssemblyName) + ".json",
                CycloneDxWriter.Write(cards, assembly.Declarations, cards[0].Source, options.Settings)));
        }

        return files;
    }
}
