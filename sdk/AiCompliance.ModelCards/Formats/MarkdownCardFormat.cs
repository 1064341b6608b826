using System.Collections.Generic;
using AiCompliance.ModelCards.Cards;
using AiCompliance.ModelCards.Localization;
using AiCompliance.ModelCards.Writers;

namespace AiCompliance.ModelCards.Formats;

internal sealed class MarkdownCardFormat : ILocalizedModelCardFormat
{
    public string Name => "md";

    public string Title => "Markdown";

    public IReadOnlyList<string> Aliases { get; } = new[] { "markdown" };

    public string Extension => ".md";

    public string FileNamePattern => "<model-id>[.<lang>].md";

    public string Description => "Markdown in the [Hugging Face model card](https://huggingface.co/docs/hub/model-cards) layout, with YAML front matter";

    public byte[] Write(ModelCard card) => Utf8.Bytes(MarkdownCardWriter.Write(card));

    public byte[] Write(ModelCard card, CardLanguage language) => Utf8.Bytes(MarkdownCardWriter.Write(card, language));
}
