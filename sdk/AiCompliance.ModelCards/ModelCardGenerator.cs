using System;
using System.Collections.Generic;
using System.Linq;
using AiCompliance.ModelCards.Cards;
using AiCompliance.ModelCards.Formats;
using AiCompliance.ModelCards.Localization;
using AiCompliance.ModelCards.Reading;
using AiCompliance.Policy;
using AiCompliance.Policy.Baseline;
using AiCompliance.Policy.Declarations;

namespace AiCompliance.ModelCards;

/// <summary>A generated file: its name (no directory) and its bytes.</summary>
public sealed class CardFile
{
    /// <summary>Creates a file.</summary>
    public CardFile(string name, byte[] content, ICardFormat format)
    {
        Name = name;
        Content = content;
        Format = format;
    }

    /// <summary>The file name, for example <c>credit-risk-scorer.md</c> or <c>Contoso.Credit.cdx.json</c>.</summary>
    public string Name { get; }

    /// <summary>UTF-8 without BOM, LF line endings.</summary>
    public byte[] Content { get; }

    /// <summary>The format the file is written in.</summary>
    public ICardFormat Format { get; }
}

/// <summary>What to generate.</summary>
public sealed class ModelCardOptions
{
    private readonly IReadOnlyList<ICardFormat>? _formats;

    /// <summary>
    /// The formats, usually from <see cref="CardFormats"/>; <see cref="CardFormats.Default"/> by default. Formats set here
    /// are asked for by name: a scoped format (<see cref="IScopedModelCardFormat"/>) is then written for every model,
    /// whereas the default writes it only for the models it concerns.
    /// </summary>
    public IReadOnlyList<ICardFormat> Formats { get => _formats ?? CardFormats.Default; init => _formats = value; }

    /// <summary>Whether <see cref="Formats"/> was set, so scoped formats are written for every model.</summary>
    public bool FormatsNamed => _formats is not null;

    /// <summary>
    /// The languages of the human-readable cards (<see cref="ILocalizedModelCardFormat"/>), from
    /// <see cref="CardLanguages.Parse(string, out IReadOnlyList{string})"/>; English only by default. Each is written
    /// once per language; the other formats are language-neutral and written once.
    /// </summary>
    public IReadOnlyList<CardLanguage> Languages { get; init; } = CardLanguages.Default;

    /// <summary>The policy whose frameworks the framework coverage section covers; the default frameworks by default.</summary>
    public PolicySettings Settings { get; init; } = PolicySettings.Default;

    /// <summary>
    /// The date printed on the cards and in the CycloneDX timestamp. <see langword="null"/> (the default) prints none,
    /// so the same assembly always gives byte-identical files.
    /// </summary>
    public DateTimeOffset? Date { get; init; }

    /// <summary>
    /// The project's baseline, whose entries every card lists as known gaps; <see langword="null"/> (the default): the
    /// cards have no known-gaps section.
    /// </summary>
    public BaselineFile? Baseline { get; init; }

    /// <summary>
    /// The project folder that evidence paths are relative to; the cards then say per result whether its evidence file
    /// was verified. <see langword="null"/> (the default): the cards show the file and hash as declared, not verified.
    /// </summary>
    public string? EvidenceRoot { get; init; }
}

/// <summary>Generates every card of an assembly in the requested formats, in memory and deterministically.</summary>
public static class ModelCardGenerator
{
    /// <summary>
    /// The files for an assembly, in a stable order: per model (by type name) one file per per-model format (a scoped
    /// format left to the default only for the models it concerns; a localized one once per language, in the order of
    /// <see cref="ModelCardOptions.Languages"/>), then one
    /// per per-assembly format, formats in the order of <see cref="ModelCardOptions.Formats"/> (which
    /// <see cref="CardFormats.Parse(string, out IReadOnlyList{string})"/> gives in <see cref="CardFormats.All"/>'s
    /// order). Empty when the assembly has no models.
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

        var cards = ModelCardBuilder.Build(assembly, options.Settings, options.Date, options.Baseline);
        foreach (var card in cards)
        {
            card.EvidenceRoot = options.EvidenceRoot;
        }

        var files = new List<CardFile>();
        if (cards.Count == 0)
        {
            return files;
        }

        var formats = options.Formats.Distinct().ToList();
        var perModel = formats.OfType<IModelCardFormat>().ToList();
        foreach (var card in cards)
        {
            foreach (var format in perModel)
            {
                if (!options.FormatsNamed && format is IScopedModelCardFormat scoped && !scoped.Concerns(card.Model, out _))
                {
                    continue;
                }

                if (format is ILocalizedModelCardFormat localized)
                {
                    foreach (var language in options.Languages.Distinct())
                    {
                        files.Add(new CardFile(CardFileNames.InLanguage(card.FileName, language.Tag) + format.Extension, localized.Write(card, language), format));
                    }
                }
                else
                {
                    files.Add(new CardFile(card.FileName + format.Extension, format.Write(card), format));
                }
            }
        }

        var whole = new AssemblyCards(cards, assembly, options.Settings);
        foreach (var format in formats.OfType<IAssemblyCardFormat>())
        {
            files.Add(new CardFile(format.FileName(assembly.Declarations.AssemblyName), format.Write(whole), format));
        }

        return files;
    }
}
