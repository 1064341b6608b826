using System;
using System.Collections.Generic;
using AiCompliance.ModelCards.Cards;
using AiCompliance.ModelCards.Writers;

namespace AiCompliance.ModelCards.Formats;

internal sealed class JsonCardFormat : IModelCardFormat
{
    public string Name => "json";

    public string Title => "JSON";

    public IReadOnlyList<string> Aliases { get; } = Array.Empty<string>();

    public string Extension => ".json";

    public string FileNamePattern => "<model-id>.json";

    public string Description => "The project's JSON card, schema [`docs/schema/model-card.schema.json`](schema/model-card.schema.json) (`schemaVersion` `" + GeneratorInfo.CardFormatVersion + "`)";

    public byte[] Write(ModelCard card) => JsonCardWriter.Write(card);
}
