using System;
using System.Collections.Generic;

namespace AiCompliance.Analyzers.Structure;

/// <summary>
/// One family of AI client libraries that AIC001 recognises: the namespaces its public API lives in and the
/// assemblies that ship it. A type belongs to the family only when both match, so user code that declares its own
/// <c>OpenAI.Chat.ChatClient</c> or a look-alike library in another assembly is never taken for the real thing.
/// </summary>
internal sealed class AiApiFamily
{
    public AiApiFamily(string name, string[] namespaces, string[] assemblies, bool hasWiringBuilders = false)
    {
        Name = name;
        Namespaces = namespaces;
        Assemblies = assemblies;
        HasWiringBuilders = hasWiringBuilders;
    }

    /// <summary>The family's name, as the rule's documentation lists it.</summary>
    public string Name { get; }

    /// <summary>Namespace prefixes: a namespace matches when it equals one or starts with it followed by a dot.</summary>
    public string[] Namespaces { get; }

    /// <summary>Assembly names: exact, or a prefix when the pattern ends with <c>*</c>.</summary>
    public string[] Assemblies { get; }

    /// <summary>
    /// Whether the family's <c>*Builder</c> types (ChatClientBuilder, IKernelBuilder, …) only wire clients into a
    /// pipeline or a container: calls on them are registration, not use.
    /// </summary>
    public bool HasWiringBuilders { get; }
}

/// <summary>The built-in table of AI API families, and the pattern matching AIC001 builds its caches from.</summary>
internal static class AiApiCatalog
{
    private static readonly char[] Separators = { ',', ';', ' ', '\t' };

    /// <summary>The namespace of dependency-injection registration methods; calls into it are wiring.</summary>
    public const string DependencyInjectionNamespace = "Microsoft.Extensions.DependencyInjection";

    /// <summary>The families, at most 31 (the matcher keeps a family set in an <see cref="int"/>).</summary>
    public static readonly AiApiFamily[] Families =
    {
        new("OpenAI", new[] { "OpenAI" }, new[] { "OpenAI" }),
        new("Azure OpenAI", new[] { "Azure.AI.OpenAI" }, new[] { "Azure.AI.OpenAI" }),
        new("Azure AI Inference", new[] { "Azure.AI.Inference" }, new[] { "Azure.AI.Inference" }),
        new("Microsoft.Extensions.AI", new[] { "Microsoft.Extensions.AI" }, new[] { "Microsoft.Extensions.AI", "Microsoft.Extensions.AI.*" }, hasWiringBuilders: true),
        new("Semantic Kernel", new[] { "Microsoft.SemanticKernel" }, new[] { "Microsoft.SemanticKernel*" }, hasWiringBuilders: true),
        new("ML.NET", new[] { "Microsoft.ML" }, new[] { "Microsoft.ML", "Microsoft.ML.*" }),
        new("ONNX Runtime", new[] { "Microsoft.ML.OnnxRuntime" }, new[] { "Microsoft.ML.OnnxRuntime*" }),
        new("ONNX Runtime GenAI", new[] { "Microsoft.ML.OnnxRuntimeGenAI" }, new[] { "Microsoft.ML.OnnxRuntimeGenAI" }),
        new("TorchSharp", new[] { "TorchSharp" }, new[] { "TorchSharp" }),
        new("LLamaSharp", new[] { "LLama" }, new[] { "LLamaSharp" }),
        new("OllamaSharp", new[] { "OllamaSharp" }, new[] { "OllamaSharp" }),
        new("Anthropic", new[] { "Anthropic", "Anthropic.SDK" }, new[] { "Anthropic", "Anthropic.SDK" }),
        new("Google GenAI", new[] { "Google.GenAI", "Mscc.GenerativeAI", "Google.Cloud.AIPlatform.V1" }, new[] { "Google.GenAI", "Mscc.GenerativeAI", "Google.Cloud.AIPlatform.V1" }),
    };

    /// <summary>The set of families (bit i = <see cref="Families"/>[i]) whose assembly patterns match a name.</summary>
    public static int AssemblyFamilies(string? assemblyName)
    {
        if (string.IsNullOrEmpty(assemblyName))
        {
            return 0;
        }

        var mask = 0;
        for (var i = 0; i < Families.Length; i++)
        {
            foreach (var pattern in Families[i].Assemblies)
            {
                if (AssemblyMatches(assemblyName!, pattern))
                {
                    mask |= 1 << i;
                    break;
                }
            }
        }

        return mask;
    }

    /// <summary>The set of families whose <c>*Builder</c> types are wiring.</summary>
    public static int WiringBuilderFamilies
    {
        get
        {
            var mask = 0;
            for (var i = 0; i < Families.Length; i++)
            {
                if (Families[i].HasWiringBuilders)
                {
                    mask |= 1 << i;
                }
            }

            return mask;
        }
    }

    public static bool AssemblyMatches(string assemblyName, string pattern) =>
        pattern.EndsWith("*", StringComparison.Ordinal)
            ? assemblyName.StartsWith(pattern.Substring(0, pattern.Length - 1), StringComparison.Ordinal)
            : string.Equals(assemblyName, pattern, StringComparison.Ordinal);

    /// <summary>
    /// The namespaces of the <c>aicompliance.ai_api_namespaces</c> option: separated by commas, semicolons or white
    /// space; a trailing <c>.*</c> is accepted and ignored; a leading <c>global::</c> too.
    /// </summary>
    public static IEnumerable<string> ParseNamespaces(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            yield break;
        }

        foreach (var part in value!.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var name = part.Trim();
            if (name.StartsWith("global::", StringComparison.Ordinal))
            {
                name = name.Substring("global::".Length);
            }

            if (name.EndsWith(".*", StringComparison.Ordinal))
            {
                name = name.Substring(0, name.Length - 2);
            }

            name = name.Trim('.');
            if (name.Length > 0)
            {
                yield return name;
            }
        }
    }
}
