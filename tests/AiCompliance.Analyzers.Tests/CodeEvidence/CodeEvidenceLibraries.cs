using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static AiCompliance.Testing.ReferenceAssemblies;

namespace AiCompliance.Analyzers.Tests.CodeEvidence;

/// <summary>
/// The real packages the AIC4xx tests compile user code against: OpenAI, Azure OpenAI, Microsoft.Extensions.AI and its
/// OpenAI adapter, Semantic Kernel 1.82 and its OpenAI connectors, OllamaSharp, the Model Context Protocol SDK, the
/// Microsoft Agent Framework, Anthropic, Azure AI Inference, LLamaSharp, ONNX Runtime and its GenAI, ML.NET, TorchSharp.
/// </summary>
internal static class CodeEvidenceLibraries
{
    public static MetadataReference[] All =>
    [
        Of(typeof(global::OpenAI.Chat.ChatClient)),
        Of(typeof(System.ClientModel.ApiKeyCredential)),
        Of(typeof(System.BinaryData)),
        Of(typeof(global::Azure.AI.OpenAI.AzureOpenAIClient)),
        Of(typeof(global::Azure.Core.TokenCredential)),
        Of(typeof(global::Microsoft.Extensions.AI.IChatClient)),
        Of(typeof(global::Microsoft.Extensions.DependencyInjection.IServiceCollection)),
        Of(typeof(global::Microsoft.SemanticKernel.Kernel)),
        Of(typeof(global::Microsoft.SemanticKernel.KernelExtensions)),
        Of(typeof(global::Microsoft.SemanticKernel.OpenAIKernelBuilderExtensions)),
        Of(typeof(global::Microsoft.SemanticKernel.AzureOpenAIKernelBuilderExtensions)),
        Of(typeof(global::OllamaSharp.OllamaApiClient)),
        Of(typeof(global::ModelContextProtocol.Server.McpServerToolAttribute)),
        Of(typeof(global::Microsoft.Agents.AI.ChatClientAgent)),
        Of(typeof(global::Microsoft.Agents.AI.AIAgent)),
        Of(typeof(global::Microsoft.Extensions.Logging.ILoggerFactory)),
        Of(typeof(global::Microsoft.Extensions.AI.OpenAIClientExtensions)),
        Of(typeof(global::Anthropic.AnthropicClient)),
        Of(typeof(global::Azure.AI.Inference.ChatCompletionsClient)),
        Of(typeof(global::LLama.Common.ModelParams)),
        Of(typeof(global::Microsoft.ML.OnnxRuntimeGenAI.Model)),
        Of(typeof(global::Microsoft.ML.OnnxRuntime.InferenceSession)),
        Of(typeof(global::Microsoft.ML.MLContext)),
        Of(typeof(global::Microsoft.ML.ITransformer)),
        Of(typeof(global::Microsoft.ML.IDataView)),
        Of(typeof(global::TorchSharp.torch)),
    ];

    /// <summary>
    /// What the prompt-flow rules (AIC404, AIC405) also compile against: the packages above, the data classification
    /// and redaction abstractions, and ASP.NET Core's reference assemblies (<see cref="AiCompliance.Testing.ReferenceAssemblies.AspNetCoreFiles"/>)
    /// less the Microsoft.Extensions assemblies the AI packages bring in newer versions.
    /// </summary>
    public static MetadataReference[] WithFlowSources(IEnumerable<MetadataReference> besides)
    {
        var references = new List<MetadataReference>(All) { Of(typeof(global::Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute)) };
        references.AddRange(AspNetCore(besides.Concat(references)));
        return [.. references];
    }

    /// <summary>
    /// ASP.NET Core's reference assemblies less those <paramref name="besides"/> already has by name: the pack repeats
    /// some Microsoft.Extensions assemblies the AI packages bring in newer versions.
    /// </summary>
    public static IEnumerable<MetadataReference> AspNetCore(IEnumerable<MetadataReference> besides)
    {
        var names = besides.OfType<PortableExecutableReference>().Select(r => Path.GetFileNameWithoutExtension(r.FilePath)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return AspNetCoreFiles().Where(path => !names.Contains(Path.GetFileNameWithoutExtension(path))).Select(FromFile).ToList();
    }

    /// <summary>A test of <typeparamref name="TAnalyzer"/> over the source compiled against <see cref="WithFlowSources"/>.</summary>
    public static AnalyzerTest FlowTest<TAnalyzer>(string source, params DiagnosticResult[] expected)
        where TAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer, new()
    {
        var test = Verify<TAnalyzer>.Test(source);
        test.TestState.AdditionalReferences.AddRange(WithFlowSources([]));
        test.ExpectedDiagnostics.AddRange(expected);
        return test;
    }

    /// <summary>A test of <typeparamref name="TAnalyzer"/> over <paramref name="source"/> compiled against the packages.</summary>
    public static AnalyzerTest Test<TAnalyzer>(string source, params DiagnosticResult[] expected)
        where TAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer, new()
    {
        var test = Verify<TAnalyzer>.Test(source);
        test.TestState.AdditionalReferences.AddRange(All);
        test.ExpectedDiagnostics.AddRange(expected);
        return test;
    }
}
