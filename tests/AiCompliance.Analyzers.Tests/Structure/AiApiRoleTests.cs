using System.Threading.Tasks;
using AiCompliance.Testing;
using Microsoft.CodeAnalysis;
using static AiCompliance.Analyzers.Tests.Structure.AiLibraries;

namespace AiCompliance.Analyzers.Tests.Structure;

/// <summary>
/// AIC001 reports the types that hold, create, call or derive from a model-bearing API type; data types (messages,
/// options, schema attributes, tensors, tokenizers) alone never make a report. ML.NET, Semantic Kernel and LLamaSharp
/// are stubs with their real assembly names and namespaces (the test project references OpenAI and
/// Microsoft.Extensions.AI only).
/// </summary>
public sealed class AiApiRoleTests
{
    private static MetadataReference MlNet => StubAssembly.Compile("Microsoft.ML", """
        namespace Microsoft.ML
        {
            public sealed class MLContext { public ModelOperationsCatalog Model { get; } = new(); }
            public sealed class ModelOperationsCatalog
            {
                public ITransformer Load(string path, out object schema) { schema = new(); return null!; }
                public PredictionEngine<TSrc, TDst> CreatePredictionEngine<TSrc, TDst>(ITransformer model) where TSrc : class where TDst : class, new() => new();
            }
            public interface ITransformer { }
            public sealed class PredictionEngine<TSrc, TDst> where TSrc : class where TDst : class, new() { public TDst Predict(TSrc input) => new(); }
        }

        namespace Microsoft.ML.Data
        {
            [System.AttributeUsage(System.AttributeTargets.Field | System.AttributeTargets.Property)]
            public sealed class LoadColumnAttribute(int index) : System.Attribute { }
            [System.AttributeUsage(System.AttributeTargets.Field | System.AttributeTargets.Property)]
            public sealed class ColumnNameAttribute(string name) : System.Attribute { }
            [System.AttributeUsage(System.AttributeTargets.Field | System.AttributeTargets.Property)]
            public sealed class VectorTypeAttribute(int size) : System.Attribute { }
            public struct VBuffer<T> { public int Length => 0; }
        }
        """);

    private static MetadataReference Tokenizers => StubAssembly.Compile("Microsoft.ML.Tokenizers", """
        namespace Microsoft.ML.Tokenizers
        {
            public abstract class Tokenizer { public int CountTokens(string text) => text.Length; }
            public sealed class TiktokenTokenizer : Tokenizer { public static TiktokenTokenizer CreateForModel(string model) => new(); }
        }
        """);

    private static MetadataReference SemanticKernel => StubAssembly.Compile("Microsoft.SemanticKernel.Abstractions", """
        namespace Microsoft.SemanticKernel.ChatCompletion
        {
            public sealed class ChatHistory : System.Collections.Generic.List<string> { public void AddUserMessage(string text) => Add(text); }
            public interface IChatCompletionService { System.Threading.Tasks.Task<string> GetChatMessageContentAsync(ChatHistory history); }
        }
        """);

    private static MetadataReference SemanticKernelCore => StubAssembly.Compile("Microsoft.SemanticKernel.Abstractions", """
        namespace Microsoft.SemanticKernel
        {
            [System.AttributeUsage(System.AttributeTargets.Method)]
            public sealed class KernelFunctionAttribute : System.Attribute { public KernelFunctionAttribute(string? name = null) { } }
            public sealed class Kernel { public KernelPluginCollection Plugins { get; } = new(); public string InvokePrompt(string prompt) => prompt; }
            public sealed class KernelPluginCollection { public void Add(KernelPlugin plugin) { } }
            public abstract class KernelPlugin { }
            public abstract class KernelFunction { }
            public static class KernelPluginFactory { public static KernelPlugin CreateFromType<T>(string? pluginName = null) => null!; }
            public static class KernelFunctionFactory { public static KernelFunction CreateFromMethod(System.Delegate method, string? functionName = null) => null!; }
            public sealed class KernelArguments : System.Collections.Generic.Dictionary<string, object?> { }
        }
        """);

    private static MetadataReference ModelContextProtocol => StubAssembly.Compile("ModelContextProtocol.Core", """
        namespace ModelContextProtocol.Server
        {
            [System.AttributeUsage(System.AttributeTargets.Class)]
            public sealed class McpServerToolTypeAttribute : System.Attribute { }
            [System.AttributeUsage(System.AttributeTargets.Method)]
            public sealed class McpServerToolAttribute : System.Attribute { public string? Name { get; set; } }
            public abstract class McpServerTool { }
            public abstract class McpServer { public string Sample(string prompt) => prompt; }
        }
        """);

    private static MetadataReference TorchSharp => StubAssembly.Compile("TorchSharp", """
        namespace TorchSharp
        {
            public static class torch
            {
                public sealed class Tensor { }

                public static class nn
                {
                    public abstract class Module { protected Module(string name) { } }
                    public abstract class Module<T, TResult> : Module { protected Module(string name) : base(name) { } public abstract TResult forward(T input); }
                    public static Module<Tensor, Tensor> Linear(long inputSize, long outputSize) => null!;
                }
            }
        }
        """);

    private static MetadataReference LLamaSharp => StubAssembly.Compile("LLamaSharp", """
        namespace LLama.Abstractions { public interface IInferenceParams { int MaxTokens { get; set; } } }
        """);

    [Fact]
    public Task ML_NET_schema_classes_are_data_and_the_class_that_predicts_is_reported() => Test("""
        using Microsoft.ML;
        using Microsoft.ML.Data;

        public class ModelInput
        {
            [LoadColumn(0), ColumnName("Text")] public string Text { get; set; } = "";
            [LoadColumn(1), ColumnName("Label")] public bool Label { get; set; }
        }

        public class ModelOutput
        {
            [ColumnName("Score")] public float[] Score { get; set; } = [];
            [VectorType(3)] public VBuffer<float> Features { get; set; }
        }

        public class {|#0:ConsumeModel|}
        {
            private static readonly MLContext Ml = new();

            public static ModelOutput Predict(ModelInput input)
            {
                var model = Ml.Model.Load("model.zip", out _);
                return Ml.Model.CreatePredictionEngine<ModelInput, ModelOutput>(model).Predict(input);
            }
        }
        """, MlNet)
        .Expect(Diagnostic(0, "Type 'ConsumeModel'", "Microsoft.ML.MLContext"))
        .RunAsync();

    [Fact]
    public Task Message_and_history_DTOs_are_data() => Test("""
        using System.Collections.Generic;
        using Microsoft.SemanticKernel.ChatCompletion;

        public sealed class Conversation
        {
            public List<Microsoft.Extensions.AI.ChatMessage> Messages { get; } = new();
            public List<OpenAI.Chat.ChatMessage> Raw { get; } = new();
            public ChatHistory History { get; } = new();
            public void Add(string text) => History.AddUserMessage(text);
            public Microsoft.Extensions.AI.ChatMessage Ask(string text) => new(Microsoft.Extensions.AI.ChatRole.User, [new Microsoft.Extensions.AI.TextContent(text)]);
            public string Read(Microsoft.Extensions.AI.ChatResponse response) => response.Text + response.Usage?.TotalTokenCount;
        }
        """, [.. ExtensionsAi, .. OpenAi, SemanticKernel])
        .RunAsync();

    [Fact]
    public Task Options_and_parameter_types_are_data() => Test("""
        using LLama.Abstractions;

        public sealed class GenerationSettings : IInferenceParams
        {
            public int MaxTokens { get; set; } = 256;
            public Microsoft.Extensions.AI.ChatOptions Chat { get; } = new() { Temperature = 0.2f };
            public OpenAI.Chat.ChatCompletionOptions Completion { get; } = new();
            public OpenAI.OpenAIClientOptions Client { get; } = new();
        }
        """, [.. ExtensionsAi, .. OpenAi, LLamaSharp])
        .RunAsync();

    [Fact]
    public Task A_tokenizer_is_not_a_model() => Test("""
        using Microsoft.ML.Tokenizers;

        public sealed class TokenBudget
        {
            private readonly Tokenizer _tokenizer = TiktokenTokenizer.CreateForModel("gpt-4o");
            public bool Fits(string text) => _tokenizer.CountTokens(text) < 4096;
        }
        """, [Tokenizers, .. OpenAi])
        .RunAsync();

    [Fact]
    public Task A_class_with_history_and_a_chat_service_is_reported_naming_the_service() => Test("""
        using System.Threading.Tasks;
        using Microsoft.SemanticKernel.ChatCompletion;

        public sealed class {|#0:Assistant|}(IChatCompletionService chat)
        {
            private readonly ChatHistory _history = new();

            public Task<string> AskAsync(string question)
            {
                _history.AddUserMessage(question);
                return chat.GetChatMessageContentAsync(_history);
            }
        }
        """, [SemanticKernel, .. OpenAi])
        .Expect(Diagnostic(0, "Type 'Assistant'", "Microsoft.SemanticKernel.ChatCompletion.IChatCompletionService"))
        .RunAsync();

    [Fact]
    public Task Tools_and_plugins_that_call_no_model_are_not_reported_and_a_tool_that_calls_one_is() => Test("""
        using System.ComponentModel;
        using Microsoft.Extensions.AI;
        using Microsoft.SemanticKernel;
        using ModelContextProtocol.Server;

        public sealed class WeatherPlugin
        {
            [KernelFunction("get_weather"), Description("Gets the weather.")]
            public string GetWeather(string city, KernelArguments? arguments = null) => city + ": sunny";

            public static KernelPlugin AsPlugin() => KernelPluginFactory.CreateFromType<WeatherPlugin>();
            public static KernelFunction AsFunction() => KernelFunctionFactory.CreateFromMethod(new WeatherPlugin().GetWeather);
        }

        public static class Tools
        {
            public static AIFunction Lookup { get; } = AIFunctionFactory.Create((string city) => city.Length, "lookup");
            public static AITool[] All => [Lookup];
        }

        [McpServerToolType]
        public static class EchoTools
        {
            [McpServerTool(Name = "echo")]
            public static string Echo(string message) => message;
        }

        public sealed class {|#0:SummarizePlugin|}(Kernel kernel)
        {
            [KernelFunction]
            public string Summarize(string text) => kernel.InvokePrompt("Summarize: " + text);
        }

        [McpServerToolType]
        public static class {|#1:SamplingTools|}
        {
            [McpServerTool]
            public static string Haiku(McpServer server, string topic) => server.Sample("A haiku about " + topic);
        }
        """, [.. ExtensionsAi, .. OpenAi, SemanticKernelCore, ModelContextProtocol])
        .Expect(
            Diagnostic(0, "Type 'SummarizePlugin'", "Microsoft.SemanticKernel.Kernel"),
            Diagnostic(1, "Type 'SamplingTools'", "ModelContextProtocol.Server.McpServer"))
        .RunAsync();

    [Fact]
    public Task Network_layers_are_covered_by_the_outermost_network() => Test("""
        using TorchSharp;
        using static TorchSharp.torch;

        public sealed class Block() : nn.Module<Tensor, Tensor>("block")
        {
            private readonly nn.Module<Tensor, Tensor> _linear = nn.Linear(4, 4);
            public override Tensor forward(Tensor input) => _linear.forward(input);
        }

        public sealed class {|#0:Classifier|}() : {|#1:nn.Module<Tensor, Tensor>|}("classifier")
        {
            private readonly Block _block = new();
            private readonly Head[] _heads = [new()];

            public override Tensor forward(Tensor input) => _heads[0].forward(_block.forward(input));

            public sealed class Head() : nn.Module<Tensor, Tensor>("head")
            {
                public override Tensor forward(Tensor input) => input;
            }
        }

        public sealed class {|#2:Standalone|}() : nn.Module<Tensor, Tensor>("standalone")
        {
            public override Tensor forward(Tensor input) => input;
        }
        """, [TorchSharp, .. OpenAi])
        .Expect(
            WithMember(0, 1, "Type 'Classifier'", "TorchSharp.torch.nn.Module<T, TResult>"),
            Diagnostic(2, "Type 'Standalone'", "TorchSharp.torch.nn.Module<T, TResult>"))
        .RunAsync();

    [Fact]
    public Task An_interface_implemented_in_the_project_is_counted_once_with_its_implementation() => Test("""
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;

        public interface IAssistant
        {
            IChatClient Client { get; }
            Task<ChatResponse> AskAsync(string question);
        }

        public sealed class {|#0:Assistant|}(IChatClient client) : IAssistant
        {
            public IChatClient Client => client;
            public Task<ChatResponse> AskAsync(string question) => client.GetResponseAsync(question);
        }

        public interface {|#1:IUnimplemented|}
        {
            IChatClient Client { get; }
        }
        """, [.. ExtensionsAi, .. OpenAi])
        .Expect(
            Diagnostic(0, "Type 'Assistant'", "Microsoft.Extensions.AI.IChatClient"),
            Diagnostic(1, "Type 'IUnimplemented'", "Microsoft.Extensions.AI.IChatClient"))
        .RunAsync();

    [Fact]
    public Task The_message_names_the_client_not_its_options_declared_before_it() => Test("""
        public sealed class {|#0:Gateway|}
        {
            private readonly OpenAI.OpenAIClientOptions _options = new();
            private readonly OpenAI.OpenAIClient _client = new("key");
        }
        """, OpenAi)
        .Expect(Diagnostic(0, "Type 'Gateway'", "OpenAI.OpenAIClient"))
        .RunAsync();
}
