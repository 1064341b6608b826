using System;
using System.Collections.Generic;
using AiCompliance.CorpusGenerator;
using AiCompliance.ModelCards;
using AiCompliance.ModelCards.Cards;
using AiCompliance.ModelCards.Reading;
using AiCompliance.ModelCards.Writers;
using AiCompliance.Policy;
using BenchmarkDotNet.Attributes;

namespace AiCompliance.Benchmarks;

/// <summary>The model-card reader and writers on an assembly with 1,000 declared models, emitted by Roslyn.</summary>
[Config(typeof(CardsConfig))]
[MemoryDiagnoser]
public class ModelCardBenchmarks
{
    private byte[] _image = [];
    private ScannedAssembly _scanned = null!;
    private IReadOnlyList<ModelCard> _cards = [];

    [Params(1000)]
    public int Models { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _image = ModelAssembly.Emit(Models);
        _scanned = AssemblyDeclarationReader.Read(_image, ModelAssembly.AssemblyName + ".dll");
        _cards = ModelCardBuilder.Build(_scanned, PolicySettings.Default, date: null);
        Console.WriteLine($"// Model assembly: {_image.Length} bytes, {_scanned.Declarations.Types.Count} models, {_scanned.Declarations.Datasets.Count} datasets");
    }

    /// <summary>Reads the declarations from the assembly's metadata (System.Reflection.Metadata, no loading).</summary>
    [Benchmark(Description = "read")]
    public int Read() => AssemblyDeclarationReader.Read(_image, ModelAssembly.AssemblyName + ".dll").Declarations.Types.Count;

    /// <summary>Builds the cards (compliance matrix per model) from the declarations.</summary>
    [Benchmark(Description = "build cards")]
    public int Build() => ModelCardBuilder.Build(_scanned, PolicySettings.Default, date: null).Count;

    [Benchmark(Description = "write Markdown")]
    public long Markdown()
    {
        long length = 0;
        foreach (var card in _cards)
        {
            length += MarkdownCardWriter.Write(card).Length;
        }

        return length;
    }

    [Benchmark(Description = "write JSON")]
    public long Json()
    {
        long length = 0;
        foreach (var card in _cards)
        {
            length += JsonCardWriter.Write(card).Length;
        }

        return length;
    }

    [Benchmark(Description = "write HTML")]
    public long Html()
    {
        long length = 0;
        foreach (var card in _cards)
        {
            length += HtmlCardWriter.Write(card).Length;
        }

        return length;
    }

    [Benchmark(Description = "write CycloneDX")]
    public int CycloneDx() => CycloneDxWriter.Write(_cards, _scanned.Declarations, _cards[0].Source, PolicySettings.Default).Length;

    /// <summary>What the CLI does after reading: every card in every format, as bytes.</summary>
    [Benchmark(Description = "read + all formats")]
    public int All() => ModelCardGenerator.Generate(AssemblyDeclarationReader.Read(_image, ModelAssembly.AssemblyName + ".dll"), new ModelCardOptions()).Count;
}
