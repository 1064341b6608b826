using System.Collections.Generic;
using AiCompliance.ModelCards.Cards;
using AiCompliance.ModelCards.Localization;
using AiCompliance.ModelCards.Reading;
using AiCompliance.Policy;

namespace AiCompliance.ModelCards.Formats;

/// <summary>
/// One output format of <c>aicompliance card</c> and of the build's <c>ModelCardFormats</c>. Every format is either
/// written once per model (<see cref="IModelCardFormat"/>) or once per assembly (<see cref="IAssemblyCardFormat"/>),
/// and is listed in <see cref="CardFormats.All"/>: the CLI, the build default, the help and the docs read it there.
/// </summary>
public interface ICardFormat
{
    /// <summary>The name the CLI's <c>--format</c> and the <c>ModelCardFormats</c> property take, for example <c>md</c>.</summary>
    string Name { get; }

    /// <summary>The format's display name, also the heading of its section in docs/model-cards.md: <c>Markdown</c>.</summary>
    string Title { get; }

    /// <summary>Other names accepted for the same format (compared ignoring case, as <see cref="Name"/> is).</summary>
    IReadOnlyList<string> Aliases { get; }

    /// <summary>The file a format writes, as the docs show it, for example <c>&lt;model-id&gt;.md</c>.</summary>
    string FileNamePattern { get; }

    /// <summary>What the file is, one Markdown sentence for the docs table.</summary>
    string Description { get; }
}

/// <summary>A format written once per model: <c>&lt;model-id&gt;</c> followed by <see cref="Extension"/>.</summary>
public interface IModelCardFormat : ICardFormat
{
    /// <summary>The file name's ending, with its dot: <c>.md</c>.</summary>
    string Extension { get; }

    /// <summary>The card's file content: UTF-8 without BOM, LF line endings.</summary>
    byte[] Write(ModelCard card);
}

/// <summary>
/// A per-model format written for humans, once per language of <see cref="ModelCardOptions.Languages"/>: English as
/// <c>&lt;model-id&gt;</c> + <see cref="IModelCardFormat.Extension"/>, another language <c>&lt;model-id&gt;.&lt;lang&gt;</c> +
/// the extension (<see cref="AiCompliance.Policy.Declarations.CardFileNames.InLanguage"/>).
/// </summary>
public interface ILocalizedModelCardFormat : IModelCardFormat
{
    /// <summary>The card's file content in <paramref name="language"/>: UTF-8 without BOM, LF line endings.</summary>
    byte[] Write(ModelCard card, CardLanguage language);
}

/// <summary>A format written once per assembly, covering all of its models.</summary>
public interface IAssemblyCardFormat : ICardFormat
{
    /// <summary>The file name for the assembly (no directory).</summary>
    string FileName(string assemblyName);

    /// <summary>The file content: UTF-8 without BOM, LF line endings.</summary>
    byte[] Write(AssemblyCards assembly);
}

/// <summary>What a per-assembly format writes from: the assembly's cards (at least one) and its declarations.</summary>
public sealed class AssemblyCards
{
    /// <summary>Creates the input of a per-assembly format.</summary>
    public AssemblyCards(IReadOnlyList<ModelCard> cards, ScannedAssembly assembly, PolicySettings settings)
    {
        Cards = cards;
        Assembly = assembly;
        Settings = settings;
    }

    /// <summary>The cards, ordered by type name, as <see cref="ModelCardBuilder"/> builds them; never empty.</summary>
    public IReadOnlyList<ModelCard> Cards { get; }

    /// <summary>The assembly read from metadata, with every declaration (datasets no model uses too).</summary>
    public ScannedAssembly Assembly { get; }

    /// <summary>The policy whose frameworks the framework coverage sections cover.</summary>
    public PolicySettings Settings { get; }
}
