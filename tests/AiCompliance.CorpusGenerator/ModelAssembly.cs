using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using AiCompliance.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AiCompliance.CorpusGenerator;

/// <summary>
/// An assembly with many declared models (complete, partial and invalid declarations, datasets, evaluations), emitted
/// with Roslyn, for the model-card reader and writer benchmarks.
/// </summary>
public static class ModelAssembly
{
    public const string AssemblyName = "Contoso.ModelZoo";

    private static readonly string[] Kinds = ["ModelKind.Generative", "ModelKind.Classifier", "ModelKind.Ranking", "ModelKind.Embedding", "ModelKind.Agent", "ModelKind.Regressor"];

    /// <summary>The C# source of an assembly with <paramref name="models"/> models.</summary>
    public static string Source(int models, int seed = CorpusGenerator.DefaultSeed)
    {
        var random = new Random(seed);
        var source = new StringBuilder();
        source.AppendLine("using AiCompliance;");
        var datasets = new List<string>();
        for (var i = 0; i < Math.Max(1, models / 10); i++)
        {
            var id = "dataset-" + i.ToString(CultureInfo.InvariantCulture);
            datasets.Add(id);
            source.AppendLine(Declarations.Dataset(id, "Records " + i.ToString(CultureInfo.InvariantCulture), random));
        }

        source.AppendLine("namespace Contoso.ModelZoo;");
        for (var i = 0; i < models; i++)
        {
            var number = i.ToString(CultureInfo.InvariantCulture);
            var style = (i % 10) switch
            {
                < 6 => DeclarationStyle.Complete,
                < 8 => DeclarationStyle.Partial,
                _ => DeclarationStyle.Invalid,
            };
            foreach (var line in Declarations.For("model-" + number, "Model " + number, Kinds[i % Kinds.Length], style, datasets, random))
            {
                source.AppendLine(line);
            }

            source.Append("public sealed class Model").Append(number).AppendLine(" { }");
        }

        return source.ToString();
    }

    /// <summary>Compiles the assembly and returns its image; throws with the errors if it does not compile.</summary>
    public static byte[] Emit(int models, int seed = CorpusGenerator.DefaultSeed)
    {
        var tree = CSharpSyntaxTree.ParseText(Source(models, seed), CorpusCompilation.ParseOptions, path: AssemblyName + ".cs");
        var compilation = CSharpCompilation.Create(
            AssemblyName,
            [tree],
            ReferenceAssemblies.Net.Add(ReferenceAssemblies.Sdk),
            CorpusCompilation.CompilationOptions);
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            throw new InvalidOperationException("The model assembly does not compile:" + Environment.NewLine + string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20)));
        }

        return image.ToArray();
    }
}
