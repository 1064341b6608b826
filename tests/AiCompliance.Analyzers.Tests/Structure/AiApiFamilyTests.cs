using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using AiCompliance.Analyzers.Structure;
using AiCompliance.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using static AiCompliance.Analyzers.Tests.Structure.AiLibraries;

namespace AiCompliance.Analyzers.Tests.Structure;

/// <summary>
/// AIC001 for each API family of the catalogue, through stub assemblies that carry the real assembly name and
/// namespace, and the same stubs under another assembly name, which must not count.
/// </summary>
public sealed class AiApiFamilyTests
{
    /// <summary>Assembly name, stub source, a member of user code that uses it, and the API type the message names.</summary>
    public static TheoryData<string, string, string, string> Families() => new()
    {
        {
            "Azure.AI.OpenAI",
            "namespace Azure.AI.OpenAI { public class AzureOpenAIClient { public AzureOpenAIClient(System.Uri endpoint) { } } }",
            "private readonly Azure.AI.OpenAI.AzureOpenAIClient _client = new(new System.Uri(\"https://example.openai.azure.com\"));",
            "Azure.AI.OpenAI.AzureOpenAIClient"
        },
        {
            "Azure.AI.Inference",
            "namespace Azure.AI.Inference { public class ChatCompletionsClient { public string Complete(string prompt) => prompt; } }",
            "public string Ask(Azure.AI.Inference.ChatCompletionsClient client) => client.Complete(\"hi\");",
            "Azure.AI.Inference.ChatCompletionsClient"
        },
        {
            "Microsoft.SemanticKernel.Core",
            "namespace Microsoft.SemanticKernel { public sealed class Kernel { public static Kernel CreateBuilder() => new(); public string InvokePrompt(string prompt) => prompt; } }",
            "public string Ask() => Microsoft.SemanticKernel.Kernel.CreateBuilder().InvokePrompt(\"hi\");",
            "Microsoft.SemanticKernel.Kernel"
        },
        {
            "Microsoft.ML",
            "namespace Microsoft.ML { public sealed class MLContext { public MLContext(int? seed = null) { } } }",
            "private readonly Microsoft.ML.MLContext _ml = new(seed: 1);",
            "Microsoft.ML.MLContext"
        },
        {
            "Microsoft.ML.OnnxRuntime",
            "namespace Microsoft.ML.OnnxRuntime { public sealed class InferenceSession : System.IDisposable { public InferenceSession(string path) { } public void Dispose() { } } }",
            "public void Run() { using var session = new Microsoft.ML.OnnxRuntime.InferenceSession(\"model.onnx\"); }",
            "Microsoft.ML.OnnxRuntime.InferenceSession"
        },
        {
            "Microsoft.ML.OnnxRuntimeGenAI",
            "namespace Microsoft.ML.OnnxRuntimeGenAI { public sealed class Model { public Model(string path) { } } }",
            "public object Load() => new Microsoft.ML.OnnxRuntimeGenAI.Model(\"phi-3\");",
            "Microsoft.ML.OnnxRuntimeGenAI.Model"
        },
        {
            "TorchSharp",
            "namespace TorchSharp { public static class torch { public static class nn { public abstract class Module { } public sealed class LinearLayer : Module { } public static LinearLayer Linear(long inputs, long outputs) => new(); } } }",
            "public object Layer() => TorchSharp.torch.nn.Linear(3, 1);",
            "TorchSharp.torch.nn"
        },
        {
            "LLamaSharp",
            "namespace LLama { public sealed class LLamaWeights { public static LLamaWeights LoadFromFile(string path) => new(); } }",
            "public object Weights() => LLama.LLamaWeights.LoadFromFile(\"llama.gguf\");",
            "LLama.LLamaWeights"
        },
        {
            "OllamaSharp",
            "namespace OllamaSharp { public sealed class OllamaApiClient { public OllamaApiClient(string uri) { } } }",
            "public OllamaSharp.OllamaApiClient Client { get; } = new(\"http://localhost:11434\");",
            "OllamaSharp.OllamaApiClient"
        },
        {
            "Anthropic.SDK",
            "namespace Anthropic.SDK { public sealed class AnthropicClient { } }",
            "public Anthropic.SDK.AnthropicClient? Client { get; set; }",
            "Anthropic.SDK.AnthropicClient"
        },
        {
            "Anthropic",
            "namespace Anthropic { public sealed class AnthropicClient { } }",
            "public Anthropic.AnthropicClient? Client { get; set; }",
            "Anthropic.AnthropicClient"
        },
        {
            "Google.GenAI",
            "namespace Google.GenAI { public sealed class Client { } }",
            "public Google.GenAI.Client? Gemini { get; set; }",
            "Google.GenAI.Client"
        },
        {
            "Mscc.GenerativeAI",
            "namespace Mscc.GenerativeAI { public sealed class GoogleAI { public GoogleAI(string key) { } } }",
            "private readonly Mscc.GenerativeAI.GoogleAI _google = new(\"key\");",
            "Mscc.GenerativeAI.GoogleAI"
        },
        {
            "Google.Cloud.AIPlatform.V1",
            "namespace Google.Cloud.AIPlatform.V1 { public sealed class PredictionServiceClient { public static PredictionServiceClient Create() => new(); } }",
            "public object Predictor() => Google.Cloud.AIPlatform.V1.PredictionServiceClient.Create();",
            "Google.Cloud.AIPlatform.V1.PredictionServiceClient"
        },
        {
            "Microsoft.Agents.AI.Abstractions",
            "namespace Microsoft.Agents.AI { public abstract class AIAgent { public string Name => \"\"; } public sealed class AgentThread { } }",
            "private readonly Microsoft.Agents.AI.AIAgent _agent = null!;",
            "Microsoft.Agents.AI.AIAgent"
        },
        {
            "Azure.AI.Projects",
            "namespace Azure.AI.Projects { public class AIProjectClient { public AIProjectClient(System.Uri endpoint) { } } }",
            "private readonly Azure.AI.Projects.AIProjectClient _project = new(new System.Uri(\"https://example.services.ai.azure.com\"));",
            "Azure.AI.Projects.AIProjectClient"
        },
        {
            "Azure.AI.Agents.Persistent",
            "namespace Azure.AI.Agents.Persistent { public class PersistentAgentsClient { public PersistentAgentsClient(string endpoint) { } } }",
            "public Azure.AI.Agents.Persistent.PersistentAgentsClient Agents { get; } = new(\"https://example.services.ai.azure.com\");",
            "Azure.AI.Agents.Persistent.PersistentAgentsClient"
        },
        {
            "Microsoft.KernelMemory.Abstractions",
            "namespace Microsoft.KernelMemory { public interface IKernelMemory { string Ask(string question); } }",
            "public string Ask(Microsoft.KernelMemory.IKernelMemory memory) => memory.Ask(\"hi\");",
            "Microsoft.KernelMemory.IKernelMemory"
        },
        {
            "ModelContextProtocol.Core",
            "namespace ModelContextProtocol.Client { public abstract class McpClient { public static McpClient Create() => null!; } }",
            "public object Connect() => ModelContextProtocol.Client.McpClient.Create();",
            "ModelContextProtocol.Client.McpClient"
        },
        {
            "Azure.AI.TextAnalytics",
            "namespace Azure.AI.TextAnalytics { public class TextAnalyticsClient { public TextAnalyticsClient(System.Uri endpoint) { } } }",
            "private readonly Azure.AI.TextAnalytics.TextAnalyticsClient _language = new(new System.Uri(\"https://example.cognitiveservices.azure.com\"));",
            "Azure.AI.TextAnalytics.TextAnalyticsClient"
        },
        {
            "Azure.AI.Vision.ImageAnalysis",
            "namespace Azure.AI.Vision.ImageAnalysis { public class ImageAnalysisClient { } }",
            "public Azure.AI.Vision.ImageAnalysis.ImageAnalysisClient? Vision { get; set; }",
            "Azure.AI.Vision.ImageAnalysis.ImageAnalysisClient"
        },
        {
            "Azure.AI.DocumentIntelligence",
            "namespace Azure.AI.DocumentIntelligence { public class DocumentIntelligenceClient { } }",
            "public Azure.AI.DocumentIntelligence.DocumentIntelligenceClient? Documents { get; set; }",
            "Azure.AI.DocumentIntelligence.DocumentIntelligenceClient"
        },
        {
            "Azure.AI.FormRecognizer",
            "namespace Azure.AI.FormRecognizer.DocumentAnalysis { public class DocumentAnalysisClient { } }",
            "public Azure.AI.FormRecognizer.DocumentAnalysis.DocumentAnalysisClient? Forms { get; set; }",
            "Azure.AI.FormRecognizer.DocumentAnalysis.DocumentAnalysisClient"
        },
        {
            "Azure.AI.Translation.Text",
            "namespace Azure.AI.Translation.Text { public class TextTranslationClient { } }",
            "public Azure.AI.Translation.Text.TextTranslationClient? Translator { get; set; }",
            "Azure.AI.Translation.Text.TextTranslationClient"
        },
        {
            "Azure.AI.ContentSafety",
            "namespace Azure.AI.ContentSafety { public class ContentSafetyClient { } }",
            "public Azure.AI.ContentSafety.ContentSafetyClient? Safety { get; set; }",
            "Azure.AI.ContentSafety.ContentSafetyClient"
        },
        {
            "AWSSDK.BedrockRuntime",
            "namespace Amazon.BedrockRuntime { public interface IAmazonBedrockRuntime { } public class AmazonBedrockRuntimeClient : IAmazonBedrockRuntime { } }",
            "private readonly Amazon.BedrockRuntime.IAmazonBedrockRuntime _bedrock = new Amazon.BedrockRuntime.AmazonBedrockRuntimeClient();",
            "Amazon.BedrockRuntime.IAmazonBedrockRuntime"
        },
        {
            "AWSSDK.BedrockAgentRuntime",
            "namespace Amazon.BedrockAgentRuntime { public class AmazonBedrockAgentRuntimeClient { } }",
            "public Amazon.BedrockAgentRuntime.AmazonBedrockAgentRuntimeClient? Agents { get; set; }",
            "Amazon.BedrockAgentRuntime.AmazonBedrockAgentRuntimeClient"
        },
    };

    /// <summary>Assembly name, stub source, and a member of user code that holds only the family's data or option types.</summary>
    public static TheoryData<string, string, string> DataOnly() => new()
    {
        {
            "Microsoft.Agents.AI.Abstractions",
            "namespace Microsoft.Agents.AI { public sealed class AgentThread { } public sealed class AgentRunResponse { public string Text => \"\"; } public sealed class AgentRunOptions { } }",
            "public Microsoft.Agents.AI.AgentThread? Thread { get; set; } public string Read(Microsoft.Agents.AI.AgentRunResponse response) => response.Text; public Microsoft.Agents.AI.AgentRunOptions Options { get; } = new();"
        },
        {
            "Azure.AI.Agents.Persistent",
            "namespace Azure.AI.Agents.Persistent { public sealed class PersistentThreadMessage { public string Text => \"\"; } public sealed class ThreadRun { } public sealed class FunctionToolDefinition { public FunctionToolDefinition(string name) { } } }",
            "public string Read(Azure.AI.Agents.Persistent.PersistentThreadMessage message) => message.Text; public Azure.AI.Agents.Persistent.ThreadRun? Run { get; set; } public Azure.AI.Agents.Persistent.FunctionToolDefinition Tool { get; } = new(\"lookup\");"
        },
        {
            "Microsoft.KernelMemory.Abstractions",
            "namespace Microsoft.KernelMemory { public sealed class MemoryAnswer { public string Result => \"\"; } public sealed class Citation { } public sealed class TagCollection { } }",
            "public string Read(Microsoft.KernelMemory.MemoryAnswer answer) => answer.Result; public System.Collections.Generic.List<Microsoft.KernelMemory.Citation> Sources { get; } = new(); public Microsoft.KernelMemory.TagCollection Tags { get; } = new();"
        },
        {
            "ModelContextProtocol.Core",
            "namespace ModelContextProtocol.Protocol { public sealed class Tool { public string Name => \"\"; } public sealed class CallToolResult { } } namespace ModelContextProtocol.Client { public sealed class StdioClientTransport { public StdioClientTransport(StdioClientTransportOptions options) { } } public sealed class StdioClientTransportOptions { } }",
            "public string Name(ModelContextProtocol.Protocol.Tool tool) => tool.Name; public ModelContextProtocol.Protocol.CallToolResult? Result { get; set; } public object Transport() => new ModelContextProtocol.Client.StdioClientTransport(new ModelContextProtocol.Client.StdioClientTransportOptions());"
        },
        {
            "Azure.AI.TextAnalytics",
            "namespace Azure.AI.TextAnalytics { public sealed class DocumentSentiment { public string Sentiment => \"\"; } public sealed class TextAnalyticsClientOptions { } public sealed class AnalyzeSentimentOptions { } }",
            "public string Read(Azure.AI.TextAnalytics.DocumentSentiment sentiment) => sentiment.Sentiment; public Azure.AI.TextAnalytics.TextAnalyticsClientOptions Client { get; } = new(); public Azure.AI.TextAnalytics.AnalyzeSentimentOptions? Options { get; set; }"
        },
        {
            "Azure.AI.Vision.ImageAnalysis",
            "namespace Azure.AI.Vision.ImageAnalysis { public sealed class ImageAnalysisResult { public CaptionResult? Caption => null; } public sealed class CaptionResult { } public enum VisualFeatures { Caption } }",
            "public object? Caption(Azure.AI.Vision.ImageAnalysis.ImageAnalysisResult result) => result.Caption; public Azure.AI.Vision.ImageAnalysis.VisualFeatures Features { get; } = Azure.AI.Vision.ImageAnalysis.VisualFeatures.Caption;"
        },
        {
            "Azure.AI.DocumentIntelligence",
            "namespace Azure.AI.DocumentIntelligence { public sealed class AnalyzeResult { public string Content => \"\"; } }",
            "public string Read(Azure.AI.DocumentIntelligence.AnalyzeResult result) => result.Content;"
        },
        {
            "Azure.AI.ContentSafety",
            "namespace Azure.AI.ContentSafety { public sealed class AnalyzeTextOptions { public AnalyzeTextOptions(string text) { } } public sealed class AnalyzeTextResult { } }",
            "public object Request(string text) => new Azure.AI.ContentSafety.AnalyzeTextOptions(text); public Azure.AI.ContentSafety.AnalyzeTextResult? Result { get; set; }"
        },
        {
            "Anthropic",
            "namespace Anthropic.Models.Messages { public sealed class MessageCreateParams { } public sealed class Message { public string Id => \"\"; } }",
            "public Anthropic.Models.Messages.MessageCreateParams Request { get; } = new(); public string Id(Anthropic.Models.Messages.Message message) => message.Id;"
        },
        {
            "Google.GenAI",
            "namespace Google.GenAI.Types { public sealed class Content { } public sealed class GenerateContentConfig { } public sealed class GenerateContentResponse { public string Text => \"\"; } }",
            "public Google.GenAI.Types.Content Prompt { get; } = new(); public Google.GenAI.Types.GenerateContentConfig Config { get; } = new(); public string Read(Google.GenAI.Types.GenerateContentResponse response) => response.Text;"
        },
        {
            "AWSSDK.BedrockRuntime",
            "namespace Amazon.BedrockRuntime { public sealed class AmazonBedrockRuntimeConfig { } } namespace Amazon.BedrockRuntime.Model { public sealed class ConverseRequest { public string ModelId { get; set; } = \"\"; } public sealed class ConverseResponse { } }",
            "public Amazon.BedrockRuntime.AmazonBedrockRuntimeConfig Config { get; } = new(); public Amazon.BedrockRuntime.Model.ConverseRequest Request { get; } = new() { ModelId = \"anthropic.claude\" }; public Amazon.BedrockRuntime.Model.ConverseResponse? Response { get; set; }"
        },
    };

    [Theory]
    [MemberData(nameof(DataOnly))]
    public Task A_type_that_holds_only_the_family_s_data_types_is_not_reported(string assemblyName, string stub, string members)
    {
        var reference = StubAssembly.Compile(assemblyName, stub);
        return Test("public sealed class Component\n{\n    " + members + "\n}\n", reference).RunAsync();
    }

    [Theory]
    [MemberData(nameof(Families))]
    public Task A_type_that_uses_the_family_is_reported(string assemblyName, string stub, string member, string api)
    {
        var reference = StubAssembly.Compile(assemblyName, stub);
        var test = Test("public sealed class {|#0:Component|}\n{\n    " + member + "\n}\n", reference);
        return test.Expect(Diagnostic(0, "Type 'Component'", api)).RunAsync();
    }

    [Theory]
    [MemberData(nameof(Families))]
    public Task The_same_namespace_from_another_assembly_is_not_the_family(string assemblyName, string stub, string member, string api)
    {
        _ = api;
        var lookalike = StubAssembly.Compile("Contoso.Lookalike." + assemblyName, stub);
        // An OpenAI reference keeps the analyzer running: the look-alike alone would make it return early.
        var test = Test("public sealed class Component\n{\n    " + member + "\n}\n", [lookalike, .. OpenAi]);
        return test.RunAsync();
    }

    [Fact]
    public void The_catalogue_covers_the_families_the_rule_documents()
    {
        var names = AiApiCatalog.Families.Select(f => f.Name).ToArray();
        Assert.Equal(
            ["OpenAI", "Azure OpenAI", "Azure AI Inference", "Microsoft.Extensions.AI", "Semantic Kernel", "ML.NET", "ONNX Runtime", "ONNX Runtime GenAI", "TorchSharp", "LLamaSharp", "OllamaSharp", "Anthropic", "Google GenAI", "Microsoft Agent Framework", "Azure AI Foundry", "Kernel Memory", "Model Context Protocol", "Azure AI services", "AWS Bedrock"],
            names);
        Assert.True(names.Length < 32, "The matcher keeps family sets in an int.");
        var page = System.IO.File.ReadAllText(RepositoryRoot.Combine("docs", "rules", "AIC001.md"));
        foreach (var family in AiApiCatalog.Families)
        {
            Assert.Contains(family.Name, page, StringComparison.Ordinal);
            foreach (var ns in family.Namespaces)
            {
                Assert.Contains("`" + ns + "`", page, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("OpenAI", true)]
    [InlineData("OpenAI.Extras", false)]
    [InlineData("Microsoft.Extensions.AI", true)]
    [InlineData("Microsoft.Extensions.AI.OpenAI", true)]
    [InlineData("Microsoft.Extensions.AIX", false)]
    [InlineData("Microsoft.SemanticKernel.Connectors.OpenAI", true)]
    [InlineData("Microsoft.ML.FastTree", true)]
    [InlineData("Microsoft.MLX", false)]
    [InlineData("Microsoft.ML.OnnxRuntime.Managed", true)]
    [InlineData("LLamaSharp", true)]
    [InlineData("LLama", false)]
    [InlineData("Contoso.OpenAI", false)]
    [InlineData("", false)]
    public void Assembly_names_match_exactly_or_by_declared_prefix(string assemblyName, bool matches) =>
        Assert.Equal(matches, AiApiCatalog.AssemblyFamilies(assemblyName) != 0);

    [Theory]
    [InlineData("Contoso.Llm", new[] { "Contoso.Llm" })]
    [InlineData(" Contoso.Llm , Fabrikam.Ai.* ;global::Tailspin.Models", new[] { "Contoso.Llm", "Fabrikam.Ai", "Tailspin.Models" })]
    [InlineData("", new string[0])]
    [InlineData(" , ; ", new string[0])]
    public void The_namespace_option_accepts_commas_semicolons_and_wildcards(string value, string[] expected) =>
        Assert.Equal(expected, AiApiCatalog.ParseNamespaces(value).ToArray());

    [Fact]
    public Task Semantic_Kernel_registration_on_the_service_collection_and_the_kernel_builder_is_wiring()
    {
        var kernel = StubAssembly.Compile("Microsoft.SemanticKernel.Core", """
            using Microsoft.Extensions.DependencyInjection;

            namespace Microsoft.SemanticKernel
            {
                public sealed class Kernel
                {
                    public static IKernelBuilder CreateBuilder() => new KernelBuilder();
                    public string InvokePrompt(string prompt) => prompt;
                }

                public interface IKernelBuilder { IServiceCollection Services { get; } }

                public sealed class KernelBuilder : IKernelBuilder
                {
                    public IServiceCollection Services => throw new System.NotSupportedException();
                    public Kernel Build() => new();
                }

                public static class OpenAIServiceCollectionExtensions
                {
                    public static IKernelBuilder AddOpenAIChatCompletion(this IKernelBuilder builder, string modelId, string apiKey) => builder;
                    public static IServiceCollection AddOpenAIChatCompletion(this IServiceCollection services, string modelId, string apiKey) => services;
                }
            }

            namespace Microsoft.Extensions.DependencyInjection
            {
                public static class KernelServiceCollectionExtensions
                {
                    public static Microsoft.SemanticKernel.IKernelBuilder AddKernel(this IServiceCollection services) => new Microsoft.SemanticKernel.KernelBuilder();
                }
            }
            """, DependencyInjection);
        var test = Test("""
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.SemanticKernel;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddKernel().AddOpenAIChatCompletion("gpt-4o", "key");
            builder.Services.AddOpenAIChatCompletion("gpt-4o", "key");
            var app = builder.Build();
            app.MapPost("/ask", ({|#0:Kernel|} kernel, string question) => kernel.InvokePrompt(question));
            app.Run();
            """, kernel, DependencyInjection, AspNetCore);
        return test.Expect(Diagnostic(0, "The top-level program", "Microsoft.SemanticKernel.Kernel")).RunAsync();
    }

    [Fact]
    public async Task A_library_built_in_an_AI_namespace_is_the_API_not_a_use_of_it()
    {
        // The project being built is itself an assembly of the Microsoft.Extensions.AI family (the harness names every
        // test project "TestProject", so this compiles directly).
        TestFileMarkupParser.GetSpans("""
            namespace Microsoft.Extensions.AI.Contoso
            {
                public sealed class ContosoChatClient(Microsoft.Extensions.AI.IChatClient inner) : Microsoft.Extensions.AI.DelegatingChatClient(inner) { }
            }

            namespace Contoso.Samples
            {
                public sealed class [|Demo|](Microsoft.Extensions.AI.IChatClient chat) { public object Chat => chat; }
            }
            """, out var source, out ImmutableArray<TextSpan> spans);
        var compilation = CSharpCompilation.Create(
            "Microsoft.Extensions.AI.Contoso",
            [CSharpSyntaxTree.ParseText(source, path: "/0/Test0.cs")],
            [.. TestReferences.Net, TestReferences.Sdk, AiAbstractions],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var diagnostics = await compilation.WithAnalyzers([new AiApiOutsideModelAnalyzer()]).GetAnalyzerDiagnosticsAsync();
        var reported = Assert.Single(diagnostics);
        Assert.Equal(spans.Single(), reported.Location.SourceSpan);
        Assert.Equal(
            "Type 'Contoso.Samples.Demo' uses the AI API 'Microsoft.Extensions.AI.IChatClient' but is not declared with [AiModel]; declare the model it wraps",
            reported.GetMessage(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("Microsoft.Extensions.AI", "IChatClient", "Generative")]
    [InlineData("Microsoft.Extensions.AI", "ChatMessage", "Generative")]
    [InlineData("Microsoft.Extensions.AI", "IEmbeddingGenerator", "Embedding")]
    [InlineData("Microsoft.Extensions.AI", "ISpeechToTextClient", "Speech")]
    [InlineData("Microsoft.Extensions.AI", "AIFunction", null)]
    [InlineData("OpenAI.Chat", "ChatClient", "Generative")]
    [InlineData("OpenAI.Embeddings", "EmbeddingClient", "Embedding")]
    [InlineData("OpenAI.Audio", "AudioClient", "Speech")]
    [InlineData("OpenAI", "OpenAIClient", null)]
    [InlineData("Azure.AI.OpenAI", "AzureOpenAIClient", null)]
    [InlineData("Azure.AI.Inference", "ChatCompletionsClient", "Generative")]
    [InlineData("Azure.AI.Inference", "EmbeddingsClient", "Embedding")]
    [InlineData("Microsoft.SemanticKernel.ChatCompletion", "IChatCompletionService", "Generative")]
    [InlineData("Microsoft.SemanticKernel.Agents", "ChatCompletionAgent", "Agent")]
    [InlineData("Microsoft.SemanticKernel", "Kernel", null)]
    [InlineData("Microsoft.ML", "PredictionEngine`2", null)]
    [InlineData("Microsoft.ML", "RegressionCatalog", "Regressor")]
    [InlineData("Microsoft.ML.Trainers", "LbfgsLogisticRegressionBinaryTrainer", "Classifier")]
    [InlineData("Microsoft.ML.OnnxRuntime", "InferenceSession", null)]
    [InlineData("Microsoft.ML.OnnxRuntimeGenAI", "Generator", "Generative")]
    [InlineData("TorchSharp", "torch", null)]
    [InlineData("LLama", "LLamaEmbedder", "Embedding")]
    [InlineData("LLama", "InteractiveExecutor", "Generative")]
    [InlineData("Anthropic.SDK", "AnthropicClient", "Generative")]
    [InlineData("Google.Cloud.AIPlatform.V1", "PredictionServiceClient", null)]
    [InlineData("Microsoft.Agents.AI", "ChatClientAgent", "Agent")]
    [InlineData("Azure.AI.Agents.Persistent", "PersistentAgentsClient", "Agent")]
    [InlineData("Azure.AI.Projects", "AIProjectClient", null)]
    [InlineData("Azure.AI.Vision.ImageAnalysis", "ImageAnalysisClient", "Vision")]
    [InlineData("Azure.AI.ContentSafety", "ContentSafetyClient", "Classifier")]
    [InlineData("Amazon.BedrockRuntime", "AmazonBedrockRuntimeClient", "Generative")]
    [InlineData("ModelContextProtocol.Client", "McpClient", null)]
    [InlineData("Contoso.OpenAI.Chat", "ChatClient", null)]
    public void An_API_type_tells_the_model_kind_only_when_its_namespace_and_name_do(string ns, string typeName, string? kind) =>
        Assert.Equal(kind, AiApiCatalog.KindOf(ns, [typeName])?.ToString());

    [Fact]
    public void Agents_and_generation_dominate_and_disagreeing_kinds_tell_nothing()
    {
        static int Kinds(params AiCompliance.Policy.ModelKind[] kinds) => kinds.Aggregate(0, (mask, kind) => mask | (1 << (int)kind));

        Assert.Null(AiApiCatalog.InferKind(0));
        Assert.Equal(AiCompliance.Policy.ModelKind.Embedding, AiApiCatalog.InferKind(Kinds(AiCompliance.Policy.ModelKind.Embedding)));
        Assert.Equal(AiCompliance.Policy.ModelKind.Generative, AiApiCatalog.InferKind(Kinds(AiCompliance.Policy.ModelKind.Embedding, AiCompliance.Policy.ModelKind.Generative)));
        Assert.Equal(AiCompliance.Policy.ModelKind.Agent, AiApiCatalog.InferKind(Kinds(AiCompliance.Policy.ModelKind.Generative, AiCompliance.Policy.ModelKind.Agent)));
        Assert.Null(AiApiCatalog.InferKind(Kinds(AiCompliance.Policy.ModelKind.Classifier, AiCompliance.Policy.ModelKind.Regressor)));
    }
}
