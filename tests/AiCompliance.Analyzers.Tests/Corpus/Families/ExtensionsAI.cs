// family: Microsoft.Extensions.AI
// Microsoft.Extensions.AI: IChatClient, IEmbeddingGenerator and their implementations hold a model; messages, contents,
// responses, options and AIFunction/AITool definitions are data. Middleware that only wraps a client (logging,
// caching) is not a model, and neither is a tool that calls none.
#pragma warning disable MEAI001
using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Northwind.Assistant
{
    // expect: report — holds the IChatClient it answers with
    public sealed class ProductAdvisor(IChatClient chat)
    {
        public async Task<string> AdviseAsync(string question) => (await chat.GetResponseAsync(question)).Text;
    }

    // expect: report — streams a response from the injected IChatClient
    public sealed class StreamingNarrator(IChatClient chat)
    {
        public async IAsyncEnumerable<string> NarrateAsync(string topic, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await foreach (var update in chat.GetStreamingResponseAsync(topic, cancellationToken: cancellationToken))
            {
                yield return update.Text;
            }
        }
    }

    // expect: report — holds an embedding generator for semantic search
    public sealed class SemanticSearch(IEmbeddingGenerator<string, Embedding<float>> generator)
    {
        public async Task<float[]> VectorAsync(string text) => (await generator.GenerateAsync([text]))[0].Vector.ToArray();
    }

    // expect: report — calls the chat client with tools and options: the client makes it a model user
    public sealed class OrderAgent(IChatClient chat)
    {
        private readonly ChatOptions _options = new() { Tools = [AIFunctionFactory.Create(OrderTools.GetStatus)] };

        public async Task<ChatResponse> HandleAsync(IList<ChatMessage> history) => await chat.GetResponseAsync(history, _options);
    }

    // expect: none — a tool offered to the model: a static method that looks up data and calls no model
    public static class OrderTools
    {
        [Description("Gets the status of an order.")]
        public static string GetStatus(string orderNumber) => orderNumber.StartsWith('A') ? "shipped" : "processing";
    }

    // expect: none — a tool-definition catalogue: AIFunction definitions only
    public sealed class ToolCatalog
    {
        public IList<AITool> Tools { get; } = [AIFunctionFactory.Create(OrderTools.GetStatus), AIFunctionFactory.Create((string city) => "sunny", "weather")];
    }

    // expect: none — logging middleware in the chat pipeline; the model is the client it wraps
    public sealed class AuditingChatClient(IChatClient inner, IAuditLog log) : DelegatingChatClient(inner)
    {
        public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            log.Write(messages.LastOrDefault()?.Text ?? "");
            return await base.GetResponseAsync(messages, options, cancellationToken);
        }
    }

    // expect: none — where the auditing middleware writes; no AI API
    public interface IAuditLog
    {
        void Write(string entry);
    }

    // expect: none — a conversation DTO: ChatMessage list and a title
    public sealed class ConversationDocument
    {
        public string Title { get; set; } = "";
        public List<ChatMessage> Messages { get; set; } = [];
    }

    // expect: none — per-request options: temperature and token limit
    public sealed class ChatSettings
    {
        public float Temperature { get; set; } = 0.3f;
        public ChatOptions ToOptions() => new() { Temperature = Temperature, MaxOutputTokens = 800 };
    }

    // expect: none — reads token usage off responses for a dashboard
    public static class UsageMetrics
    {
        public static long Tokens(ChatResponse response) => response.Usage?.TotalTokenCount ?? 0;
    }

    // expect: none — builds the messages of a prompt from contents; data only
    public static class PromptBuilder
    {
        public static ChatMessage[] Build(string system, string user, byte[]? image) =>
        [
            new(ChatRole.System, system),
            new(ChatRole.User, image is null ? [new TextContent(user)] : [new TextContent(user), new DataContent(image, "image/png")]),
        ];
    }

    // expect: report — a chat client implementation (a fake used in demos) is itself a model-bearing type
    public sealed class CannedChatClient : IChatClient
    {
        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "canned")));
        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public object? GetService(Type serviceType, object? serviceKey = null) => null;
        public void Dispose() { }
    }

    // expect: none — DI wiring: registers the chat client pipeline; the consumers are reported
    public static class AssistantServiceCollectionExtensions
    {
        public static IServiceCollection AddAssistant(this IServiceCollection services)
        {
            services.AddChatClient(sp => new CannedChatClient()).UseLogging();
            return services;
        }
    }

    // expect: none — the interface the UI calls; its implementation holds the model and is reported once
    public interface ISummaryService
    {
        Task<string> SummariseAsync(string text);
    }

    // expect: report — the implementation that holds the IChatClient
    public sealed class SummaryService(IChatClient chat) : ISummaryService
    {
        public async Task<string> SummariseAsync(string text) => (await chat.GetResponseAsync("Summarise: " + text)).Text;
    }

    // expect: report — a minimal-API endpoint group whose handler takes the IChatClient
    public static class AskEndpoint
    {
        public static async Task<string> Handle(IChatClient chat, string question) => (await chat.GetResponseAsync(question)).Text;
    }

    // expect: none — a function-call result record returned to the model; data
    public sealed record WeatherReport(string City, double Celsius);

    // expect: none — turns a FunctionCallContent into a log line; contents are data
    public static class FunctionCallLogger
    {
        public static string Describe(FunctionCallContent call) => $"{call.Name}({string.Join(", ", call.Arguments?.Keys ?? [])})";
    }

    // expect: report — a cache decorator that also calls a second model to pick a cache key: it calls a model itself
    public sealed class SemanticCacheKey(IEmbeddingGenerator<string, Embedding<float>> embedder)
    {
        public async Task<string> KeyAsync(string prompt) => string.Join(",", (await embedder.GenerateAsync([prompt]))[0].Vector.ToArray().Take(8));
    }
}

namespace Northwind.Pages
{
    // expect: report — the Razor component's @code part; the generated part below injects the IChatClient
    public partial class Chat
    {
        private string _question = "";
        private string _answer = "";
    }

    // expect: none — a Razor page that only edits chat parameters; ChatOptions are data
    public partial class Settings
    {
        private readonly ChatOptions _options = new() { Temperature = 0.7f };
        public float Temperature { get => _options.Temperature ?? 0; set => _options.Temperature = value; }
    }
}

namespace Northwind.Pages
{
#line 1 "/Pages/Chat.razor"
    // expect: report — Razor-generated part: [Inject] IChatClient from '@inject IChatClient Chat'
    public partial class Chat : ComponentBase
    {
#line 2 "/Pages/Chat.razor"
        [Inject] private IChatClient ChatClient { get; set; } = default!;
#line default
#line 12 "/Pages/Chat.razor"
        private async Task SendAsync() => _answer = (await ChatClient.GetResponseAsync(_question)).Text;
#line default
    }
}
