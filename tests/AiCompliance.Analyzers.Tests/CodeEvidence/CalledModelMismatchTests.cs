using System.Threading.Tasks;
using AiCompliance.Analyzers.CodeEvidence;
using AiCompliance.CodeFixes.CodeEvidence;
using static AiCompliance.Analyzers.Tests.CodeEvidence.CodeEvidenceLibraries;

namespace AiCompliance.Analyzers.Tests.CodeEvidence;

/// <summary>AIC401 on code written against the real OpenAI, Azure OpenAI, Microsoft.Extensions.AI, Semantic Kernel and OllamaSharp packages.</summary>
public sealed class CalledModelMismatchTests
{
    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Diagnostic(int location, string model, string called, string declared) =>
        Expect.Diagnostic("AIC401").WithLocation(location)
            .WithMessage($"Model '{model}' calls '{called}' here but declares {declared}: make BaseModel name the model the code calls");

    [Fact]
    public Task A_constant_model_name_other_than_the_base_model_is_reported_on_the_constant() =>
        Test<CalledModelMismatchAnalyzer>(
            """
            using AiCompliance;
            using OpenAI.Chat;

            [AiModel("support-bot", BaseModel = "gpt-4o-mini")]
            public sealed class SupportBot
            {
                private const string Model = "gpt-4.1";
                private readonly ChatClient _chat = new({|#0:Model|}, "key");
                private readonly ChatClient _same = new("GPT-4o-mini ", "key");
            }
            """,
            Diagnostic(0, "support-bot", "gpt-4.1", "BaseModel 'gpt-4o-mini'")).RunAsync();

    [Fact]
    public Task A_pinned_model_without_a_declared_base_model_is_reported() =>
        Test<CalledModelMismatchAnalyzer>(
            """
            using AiCompliance;
            using OpenAI;

            [AiModel("support-bot")]
            public sealed class SupportBot
            {
                private const string Family = "gpt-4o";

                public object Chat(OpenAIClient client) => client.GetChatClient({|#0:$"{Family}-mini"|});
            }
            """,
            Diagnostic(0, "support-bot", "gpt-4o-mini", "no BaseModel")).RunAsync();

    [Fact]
    public Task Model_ids_of_chat_options_semantic_kernel_and_ollama_are_read() =>
        Test<CalledModelMismatchAnalyzer>(
            """
            using AiCompliance;
            using Microsoft.Extensions.AI;
            using Microsoft.SemanticKernel;
            using OllamaSharp;

            [AiModel("support-bot", BaseModel = "gpt-4o")]
            public sealed class SupportBot
            {
                private readonly ChatOptions _options = new() { ModelId = {|#0:"gpt-4.1"|} };
                private readonly OllamaApiClient _ollama = new("http://localhost:11434", {|#1:"llama3.2"|});

                public void Configure(IKernelBuilder builder)
                {
                    builder.AddOpenAIChatCompletion({|#2:"o3"|}, "key");
                    builder.AddOpenAIChatCompletion(modelId: "gpt-4o", apiKey: "key");
                    _ollama.SelectedModel = {|#3:"qwen3"|};
                    _options.ModelId = "gpt-4o";
                }
            }
            """,
            Diagnostic(0, "support-bot", "gpt-4.1", "BaseModel 'gpt-4o'"),
            Diagnostic(1, "support-bot", "llama3.2", "BaseModel 'gpt-4o'"),
            Diagnostic(2, "support-bot", "o3", "BaseModel 'gpt-4o'"),
            Diagnostic(3, "support-bot", "qwen3", "BaseModel 'gpt-4o'")).RunAsync();

    [Fact]
    public Task Non_constant_names_deployment_names_and_omitted_defaults_are_not_reported() =>
        Test<CalledModelMismatchAnalyzer>(
            """
            using System;
            using AiCompliance;
            using Azure.AI.OpenAI;
            using Microsoft.SemanticKernel;
            using OllamaSharp;
            using OpenAI.Chat;

            [AiModel("support-bot", BaseModel = "gpt-4o")]
            public sealed class SupportBot
            {
                private static readonly string Configured = Environment.GetEnvironmentVariable("MODEL") ?? "gpt-4.1";
                private readonly ChatClient _chat = new(Configured, "key");
                private readonly OllamaApiClient _ollama = new("http://localhost:11434");

                public object Deployment(AzureOpenAIClient azure, IKernelBuilder builder, string model)
                {
                    var local = "o3";
                    builder.AddAzureOpenAIChatCompletion("prod-chat-deployment", "https://example.openai.azure.com", "key");
                    builder.AddOpenAIChatCompletion(model, "key");
                    builder.AddOpenAIChatCompletion(local, "key");
                    return azure.GetChatClient("prod-chat-deployment");
                }
            }
            """).RunAsync();

    [Fact]
    public Task Model_ids_of_the_agent_framework_anthropic_and_the_chat_client_adapters_are_read() =>
        Test<CalledModelMismatchAnalyzer>(
            """
            using Anthropic;
            using Anthropic.Models.Messages;
            using AiCompliance;
            using Microsoft.Agents.AI;
            using Microsoft.Extensions.AI;
            using OllamaSharp;
            using OllamaSharp.Models.Chat;

            [AiModel("support-bot", BaseModel = "claude-sonnet-4-6")]
            public sealed class SupportBot
            {
                private const string Haiku = "claude-haiku-4-5";

                public object Agent(IChatClient chat) =>
                    new ChatClientAgent(chat, new ChatClientAgentOptions { Name = "support", ChatOptions = new() { ModelId = {|#0:"gpt-4.1"|} } });

                public IChatClient Claude(AnthropicClient anthropic) => anthropic.AsIChatClient({|#1:Haiku|});

                public IChatClient Same(AnthropicClient anthropic) => anthropic.AsIChatClient(defaultModelId: "Claude-Sonnet-4-6");

                public MessageCreateParams Request() => new() { Model = {|#2:"claude-opus-4-5"|}, MaxTokens = 1024, Messages = [] };

                public object Ollama(OllamaApiClient ollama) =>
                    (new ChatRequest { Model = {|#3:"llama3.2"|} }, new OllamaSharp.Models.GenerateRequest { Model = {|#4:"qwen3"|} }, new Chat(ollama) { Model = {|#5:"phi4"|} });
            }
            """,
            Diagnostic(0, "support-bot", "gpt-4.1", "BaseModel 'claude-sonnet-4-6'"),
            Diagnostic(1, "support-bot", "claude-haiku-4-5", "BaseModel 'claude-sonnet-4-6'"),
            Diagnostic(2, "support-bot", "claude-opus-4-5", "BaseModel 'claude-sonnet-4-6'"),
            Diagnostic(3, "support-bot", "llama3.2", "BaseModel 'claude-sonnet-4-6'"),
            Diagnostic(4, "support-bot", "qwen3", "BaseModel 'claude-sonnet-4-6'"),
            Diagnostic(5, "support-bot", "phi4", "BaseModel 'claude-sonnet-4-6'")).RunAsync();

    [Fact]
    public Task The_default_model_of_an_openai_responses_client_adapter_is_read() =>
        Test<CalledModelMismatchAnalyzer>(
            """
            #pragma warning disable OPENAI001
            using AiCompliance;
            using Microsoft.Extensions.AI;
            using OpenAI.Responses;

            [AiModel("support-bot", BaseModel = "gpt-4o")]
            public sealed class SupportBot
            {
                public IChatClient Chat(ResponsesClient responses) => responses.AsIChatClient({|#0:"o3"|});
            }
            """,
            Diagnostic(0, "support-bot", "o3", "BaseModel 'gpt-4o'")).RunAsync();

    [Fact]
    public Task Enum_members_deployments_model_files_and_non_constant_ids_of_the_new_families_are_not_reported() =>
        Test<CalledModelMismatchAnalyzer>(
            """
            using Anthropic;
            using AiCompliance;
            using Azure.AI.Inference;
            using LLama.Common;
            using Microsoft.Extensions.AI;
            using Microsoft.ML;
            using Microsoft.ML.OnnxRuntime;
            using Microsoft.ML.OnnxRuntimeGenAI;
            using TorchSharp;

            [AiModel("support-bot", BaseModel = "claude-sonnet-4-6")]
            public sealed class SupportBot
            {
                private const string Weights = "models/llama-3.2-3b.gguf";

                public object Everything(AnthropicClient anthropic, MLContext ml, string configured) =>
                (
                    new Anthropic.Models.Messages.MessageCreateParams { Model = Anthropic.Models.Messages.Model.ClaudeOpus4_5, MaxTokens = 1024, Messages = [] },
                    anthropic.AsIChatClient(configured),
                    new ChatCompletionsOptions { Model = "Phi-4" },
                    new ModelParams(Weights) { ModelPath = "models/qwen3.gguf" },
                    new Model("models/phi-3-mini"),
                    new OnnxRuntimeGenAIChatClient("models/phi-3-mini"),
                    new InferenceSession("models/classifier.onnx"),
                    ml.Model.Load("models/sentiment.zip", out _),
                    torch.jit.load("models/ranker.pt")
                );
            }
            """).RunAsync();

    [Fact]
    public Task Code_outside_a_declared_model_is_not_read() =>
        Test<CalledModelMismatchAnalyzer>(
            """
            using AiCompliance;
            using OpenAI.Chat;

            [AiModel("support-bot", BaseModel = "gpt-4o")]
            public sealed class SupportBot
            {
                private sealed class Helper
                {
                    private readonly ChatClient _chat = new("gpt-4.1", "key");
                }
            }

            public sealed class Elsewhere
            {
                private readonly ChatClient _chat = new("gpt-4.1", "key");
            }
            """).RunAsync();

    [Fact]
    public Task Without_a_base_model_the_fix_declares_the_first_model_the_code_calls()
    {
        var test = Verify<CalledModelMismatchAnalyzer>.FixTest<CalledModelMismatchCodeFixProvider>(
            """
            using AiCompliance;
            using OpenAI.Chat;

            [AiModel("support-bot", Kind = ModelKind.Generative)]
            public sealed class SupportBot
            {
                private readonly ChatClient _chat = new({|#0:"gpt-4o"|}, "key");
                private readonly ChatClient _fallback = new({|#1:"gpt-4o-mini"|}, "key");
            }

            [AiModel("triage-bot")]
            public sealed class TriageBot
            {
                private readonly ChatClient _chat = new({|#2:"o3"|}, "key");
            }
            """,
            """
            using AiCompliance;
            using OpenAI.Chat;

            [AiModel("support-bot", Kind = ModelKind.Generative, BaseModel = "gpt-4o")]
            public sealed class SupportBot
            {
                private readonly ChatClient _chat = new("gpt-4o", "key");
                private readonly ChatClient _fallback = new({|#0:"gpt-4o-mini"|}, "key");
            }

            [AiModel("triage-bot", BaseModel = "o3")]
            public sealed class TriageBot
            {
                private readonly ChatClient _chat = new("o3", "key");
            }
            """);
        test.TestState.AdditionalReferences.AddRange(All);
        test.ExpectedDiagnostics.Add(Diagnostic(0, "support-bot", "gpt-4o", "no BaseModel"));
        test.ExpectedDiagnostics.Add(Diagnostic(1, "support-bot", "gpt-4o-mini", "no BaseModel"));
        test.ExpectedDiagnostics.Add(Diagnostic(2, "triage-bot", "o3", "no BaseModel"));
        test.FixedState.ExpectedDiagnostics.Add(Diagnostic(0, "support-bot", "gpt-4o-mini", "BaseModel 'gpt-4o'"));
        test.NumberOfIncrementalIterations = 2;
        test.NumberOfFixAllIterations = 1;
        return test.RunAsync();
    }

    [Fact]
    public Task A_different_declared_base_model_gets_no_fix()
    {
        var test = Verify<CalledModelMismatchAnalyzer>.FixTest<CalledModelMismatchCodeFixProvider>(
            """
            using AiCompliance;
            using OpenAI.Chat;

            [AiModel("support-bot", BaseModel = "gpt-4o-mini")]
            public sealed class SupportBot
            {
                private readonly ChatClient _chat = new({|#0:"gpt-4.1"|}, "key");
            }
            """,
            """
            using AiCompliance;
            using OpenAI.Chat;

            [AiModel("support-bot", BaseModel = "gpt-4o-mini")]
            public sealed class SupportBot
            {
                private readonly ChatClient _chat = new({|#0:"gpt-4.1"|}, "key");
            }
            """);
        test.TestState.AdditionalReferences.AddRange(All);
        test.ExpectedDiagnostics.Add(Diagnostic(0, "support-bot", "gpt-4.1", "BaseModel 'gpt-4o-mini'"));
        test.FixedState.ExpectedDiagnostics.Add(Diagnostic(0, "support-bot", "gpt-4.1", "BaseModel 'gpt-4o-mini'"));
        return test.RunAsync();
    }
}
