using System;
using System.Collections.Generic;
using AiCompliance.ModelCards.Cards;
using AiCompliance.ModelCards.Localization;
using AiCompliance.ModelCards.Writers;

namespace AiCompliance.ModelCards.Formats;

internal sealed class HtmlCardFormat : ILocalizedModelCardFormat
{
    public string Name => "html";

    public string Title => "HTML";

    public IReadOnlyList<string> Aliases { get; } = Array.Empty<string>();

    public string Extension => ".html";

    public string FileNamePattern => "<model-id>[.<lang>].html";

    public string Description => "One self-contained, printable page: no script, font, image or stylesheet from anywhere else";

    public byte[] Write(ModelCard card) => Utf8.Bytes(HtmlCardWriter.Write(card));

    public byte[] Write(ModelCard card, CardLanguage language) => Utf8.Bytes(HtmlCardWriter.Write(card, language));
}
