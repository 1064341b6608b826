using System.Linq;
using System.Threading;
using AiCompliance.Analyzers.CodeEvidence;
using AiCompliance.Policy.CodeEvidence;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AiCompliance.Analyzers.Tests.CodeEvidence;

/// <summary>
/// The evidence itself, which the AIC4xx rules read only in part: every model name with its kind and whether it is a
/// constant, and every tool with its source and approval, from code compiled against the real packages.
/// </summary>
public sealed class ModelCodeEvidenceCollectorTests
{
    private const string Source = """
        using System;
        using AiCompliance;
        using Azure.AI.OpenAI;
        using Microsoft.Extensions.AI;
        using Microsoft.SemanticKernel;
        using ModelContextProtocol.Server;
        using OpenAI.Chat;

        [AiModel("support-bot")]
        public sealed class SupportBot
        {
            private static readonly string Configured = Environment.GetEnvironmentVariable("MODEL") ?? "";
            private readonly ChatClient _chat;

            public SupportBot(AzureOpenAIClient azure)
            {
                _chat = new("gpt-4o", "key");
                _ = azure.GetChatClient("prod-deployment");
                _ = new ChatOptions { ModelId = Configured };
            }

            public AITool[] Tools()
            {
                var approved = AIFunctionFactory.Create(Lookup);
                return [new ApprovalRequiredAIFunction(approved), AIFunctionFactory.Create((int id) => id, name: "refund")];
            }

            [KernelFunction]
            public string Lookup(string query) => query;

            [McpServerTool]
            public string Search(string query) => query;
        }
        """;

    [Fact]
    public void Model_names_record_their_kind_and_non_constant_values_are_kept_without_a_value()
    {
        var evidence = Collect();

        Assert.Equal(
            new[]
            {
                ("gpt-4o", ModelNameKind.Model, "new ChatClient(model)"),
                ("prod-deployment", ModelNameKind.Deployment, "AzureOpenAIClient.GetChatClient(deploymentName)"),
                ((string?)null, ModelNameKind.Model, "ChatOptions.ModelId"),
            },
            evidence.ModelNames.Select(n => (n.Value, n.Kind, n.Api)).ToArray());
        Assert.Equal("Configured", ((Location)evidence.ModelNames[2].Origin!).SourceTree!.ToString().Substring(((Location)evidence.ModelNames[2].Origin!).SourceSpan.Start, "Configured".Length));
    }

    [Fact]
    public void Tools_record_their_source_and_approval()
    {
        var evidence = Collect();

        Assert.Equal(
            new[]
            {
                ("Lookup", ToolSource.AIFunctionFactory, ToolApproval.Required),
                ("refund", ToolSource.AIFunctionFactory, ToolApproval.NotRequired),
                ("Lookup", ToolSource.KernelFunction, ToolApproval.NotVisible),
                ("Search", ToolSource.McpServerTool, ToolApproval.NotVisible),
            },
            evidence.Tools.Select(t => (t.Name, t.Source, t.Approval)).ToArray());
    }

    private const string FamiliesSource = """
        using System.Threading.Tasks;
        using AiCompliance;
        using Anthropic.Models.Messages;
        using Azure.AI.Inference;
        using LLama.Common;
        using Microsoft.ML;
        using Microsoft.ML.OnnxRuntime;
        using ModelContextProtocol.Client;
        using TorchSharp;

        [AiModel("local-bot")]
        public sealed class LocalBot
        {
            private readonly ModelParams _llama = new("models/llama.gguf");

            public async Task<object> Run(MLContext ml, McpClient mcp, string path)
            {
                _llama.ModelPath = path;
                var tools = await mcp.ListToolsAsync();
                return (
                    new MessageCreateParams { Model = Model.ClaudeOpus4_5, MaxTokens = 1024, Messages = [] },
                    new ChatCompletionsOptions { Model = "Phi-4" },
                    new Microsoft.ML.OnnxRuntimeGenAI.Model("models/phi-3-mini"),
                    new InferenceSession("models/classifier.onnx"),
                    ml.Model.Load("models/sentiment.zip", out _),
                    torch.jit.load("models/ranker.pt"),
                    tools);
            }
        }
        """;

    [Fact]
    public void Model_files_deployments_and_enum_members_of_the_new_families_record_their_kind()
    {
        var evidence = Collect(FamiliesSource, "LocalBot");

        Assert.Equal(
            new[]
            {
                ("models/llama.gguf", ModelNameKind.File, "new ModelParams(modelPath)"),
                ((string?)null, ModelNameKind.File, "ModelParams.ModelPath"),
                (null, ModelNameKind.Model, "MessageCreateParams.Model"),
                ("Phi-4", ModelNameKind.Deployment, "ChatCompletionsOptions.Model"),
                ("models/phi-3-mini", ModelNameKind.File, "new Model(modelPath)"),
                ("models/classifier.onnx", ModelNameKind.File, "new InferenceSession(modelPath)"),
                ("models/sentiment.zip", ModelNameKind.File, "ModelOperationsCatalog.Load(filePath)"),
                ("models/ranker.pt", ModelNameKind.File, "jit.load(filename)"),
            },
            evidence.ModelNames.Select(n => (n.Value, n.Kind, n.Api)).ToArray());
        Assert.Equal(
            new[] { ("(MCP server tools)", ToolSource.McpClient, ToolApproval.NotVisible) },
            evidence.Tools.Select(t => (t.Name, t.Source, t.Approval)).ToArray());
    }

    [Fact]
    public void Endpoints_record_their_api_host_location_and_countries_and_non_constant_ones_keep_no_value()
    {
        var evidence = Collect("""
            using System;
            using AiCompliance;
            using Azure.AI.OpenAI;
            using OllamaSharp;
            using OpenAI;

            [AiModel("support-bot")]
            public sealed class SupportBot
            {
                private readonly OllamaApiClient _ollama = new("http://LOCALHOST:11434", "llama3.2");

                public SupportBot(string configured)
                {
                    _ = new OpenAIClientOptions { Endpoint = new Uri("https://eu.api.openai.com/v1") };
                    _ = new AzureOpenAIClient(new Uri("https://southeastasia.api.cognitive.microsoft.com/"), new System.ClientModel.ApiKeyCredential("key"));
                    _ = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new System.ClientModel.ApiKeyCredential("key"));
                    _ = new OllamaApiClient(new Uri(configured));
                }
            }
            """);

        Assert.Equal(
            new[]
            {
                ("http://LOCALHOST:11434", "localhost", EndpointLocation.OnPremises, "", "new OllamaApiClient(uriString)"),
                ("https://eu.api.openai.com/v1", "eu.api.openai.com", EndpointLocation.Region, string.Join(",", EndpointJurisdictions.EuropeanUnion), "OpenAIClientOptions.Endpoint"),
                ("https://southeastasia.api.cognitive.microsoft.com/", "southeastasia.api.cognitive.microsoft.com", EndpointLocation.Region, "SG", "new AzureOpenAIClient(endpoint)"),
                ("https://contoso.openai.azure.com/", "contoso.openai.azure.com", EndpointLocation.Unknown, "", "new AzureOpenAIClient(endpoint)"),
                ((string?)null, (string?)null, EndpointLocation.NotConstant, "", "new OllamaApiClient(uri)"),
            },
            evidence.Endpoints.Select(e => (e.Value, e.Host, e.Location, string.Join(",", e.Regions), e.Api)).ToArray());
        Assert.Equal(27, evidence.Endpoints[1].Regions.Count);
        var notConstant = (Location)evidence.Endpoints[4].Origin!;
        Assert.Equal("new Uri(configured)", notConstant.SourceTree!.ToString().Substring(notConstant.SourceSpan.Start, notConstant.SourceSpan.Length));
        Assert.Equal(new[] { "llama3.2" }, evidence.ModelNames.Select(n => n.Value).ToArray());
    }

    private static ModelCodeEvidence Collect(string source = Source, string typeName = "SupportBot")
    {
        var compilation = CSharpCompilation.Create(
            "Evidence",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            [.. TestReferences.Net, TestReferences.Sdk, .. CodeEvidenceLibraries.All],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var type = compilation.GetTypeByMetadataName(typeName)!;
        return ModelCodeEvidenceCollector.Collect(type, compilation, CodeEvidenceApis.Resolve(compilation)!, CancellationToken.None);
    }
}
