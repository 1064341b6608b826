using System.Collections.Generic;
using AiCompliance.ModelCards.Cards;
using AiCompliance.ModelCards.Writers;

namespace AiCompliance.ModelCards.Formats;

internal sealed class CycloneDxCardFormat : IAssemblyCardFormat
{
    public string Name => "cdx";

    public string Title => "CycloneDX";

    public IReadOnlyList<string> Aliases { get; } = new[] { "cyclonedx" };

    public string FileNamePattern => "<AssemblyName>.cdx.json";

    public string Description => "One [CycloneDX 1.6](https://cyclonedx.org/docs/1.6/json/) BOM: a `machine-learning-model` component with a `modelCard` per model, a `data` component per `[assembly: Dataset]`, a `service` per endpoint a model's code was seen to send data to";

    // The builder reserves this stem, so that no model card can take the BOM's name.
    public string FileName(string assemblyName) => ModelCardBuilder.CycloneDxFileStem(assemblyName) + ".json";

    public byte[] Write(AssemblyCards assembly) =>
        CycloneDxWriter.Write(assembly.Cards, assembly.Assembly.Declarations, assembly.Cards[0].Source, assembly.Settings);
}
