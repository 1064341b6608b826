// family: Semantic Kernel
// Semantic Kernel: Kernel, IChatCompletionService, ITextEmbeddingGenerationService and agents hold a model; ChatHistory,
// message contents, execution settings, arguments and results are data; a [KernelFunction] plugin is a tool unless it
// calls a model itself; filters are middleware.
using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Agents;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using Microsoft.SemanticKernel.Embeddings;

// expect: report — a console program that builds a kernel and invokes a prompt
var kernel = Kernel.CreateBuilder().AddOpenAIChatCompletion("gpt-4o", "key").Build();
kernel.Plugins.AddFromType<Contoso.Home.LightsPlugin>();
Console.WriteLine(await kernel.InvokePromptAsync("Turn on the kitchen lights."));

namespace Contoso.Home
{
    // expect: none — a plugin of [KernelFunction]s that switch lights; it calls no model
    public sealed class LightsPlugin
    {
        private readonly Dictionary<string, bool> _lights = new() { ["kitchen"] = false, ["hall"] = false };

        [KernelFunction, Description("Turns a light on or off.")]
        public string Switch(string room, bool on)
        {
            _lights[room] = on;
            return $"{room} is {(on ? "on" : "off")}";
        }
    }

    // expect: none — a plugin that tells the time; a tool, not a model
    public sealed class TimePlugin
    {
        [KernelFunction("now")]
        public string Now() => DateTimeOffset.Now.ToString("O");
    }

    // expect: report — a plugin function that calls the kernel's model to summarise: it calls a model itself
    public sealed class SummaryPlugin
    {
        [KernelFunction]
        public async Task<string> SummariseAsync(Kernel kernel, string text) => (await kernel.InvokePromptAsync("Summarise: " + text)).ToString();
    }

    // expect: report — holds the Kernel and runs prompts
    public sealed class HomeAssistant(Kernel kernel)
    {
        private readonly OpenAIPromptExecutionSettings _settings = new() { Temperature = 0.1, FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() };

        public async Task<string> AskAsync(string request) => (await kernel.InvokePromptAsync(request, new KernelArguments(_settings))).ToString();
    }

    // expect: report — holds the chat completion service and keeps a conversation
    public sealed class ChatLoop(IChatCompletionService chat)
    {
        private readonly ChatHistory _history = new("You are a helpful home assistant.");

        public async Task<string?> SendAsync(string text)
        {
            _history.AddUserMessage(text);
            var reply = await chat.GetChatMessageContentAsync(_history);
            _history.AddAssistantMessage(reply.Content ?? "");
            return reply.Content;
        }
    }

    // expect: report — builds and returns a Kernel: creates the model-bearing type
    public static class KernelFactory
    {
        public static Kernel Create(string apiKey)
        {
            var builder = Kernel.CreateBuilder().AddOpenAIChatCompletion("gpt-4o-mini", apiKey);
            builder.Plugins.AddFromType<LightsPlugin>();
            return builder.Build();
        }
    }

    // expect: none — plugin registration on a kernel builder: wiring, no model use
    public static class HomeKernelBuilderExtensions
    {
        public static IKernelBuilder AddHomePlugins(this IKernelBuilder builder)
        {
            builder.Plugins.AddFromType<LightsPlugin>();
            builder.Plugins.AddFromType<TimePlugin>();
            return builder;
        }
    }

    // expect: none — a function-invocation filter that logs; middleware, not a model
    public sealed class LoggingFilter : IFunctionInvocationFilter
    {
        public async Task OnFunctionInvocationAsync(FunctionInvocationContext context, Func<FunctionInvocationContext, Task> next)
        {
            Console.WriteLine("Calling " + context.Function.Name);
            await next(context);
        }
    }

    // expect: none — a prompt-render filter that redacts e-mail addresses; middleware
    public sealed class RedactionFilter : IPromptRenderFilter
    {
        public async Task OnPromptRenderAsync(PromptRenderContext context, Func<PromptRenderContext, Task> next)
        {
            await next(context);
            context.RenderedPrompt = context.RenderedPrompt?.Replace("@", "[at]");
        }
    }

    // expect: none — persists a ChatHistory between requests; history is data
    public sealed class ChatHistoryStore
    {
        private readonly Dictionary<string, ChatHistory> _byUser = [];

        public ChatHistory For(string user) => _byUser.TryGetValue(user, out var history) ? history : _byUser[user] = new ChatHistory();
    }

    // expect: none — execution settings per scenario; request parameters only
    public static class ExecutionProfiles
    {
        public static OpenAIPromptExecutionSettings Precise => new() { Temperature = 0, MaxTokens = 400 };
        public static OpenAIPromptExecutionSettings Creative => new() { Temperature = 0.9, MaxTokens = 1200 };
    }

    // expect: none — builds KernelArguments for a prompt template; arguments are data
    public static class PromptArguments
    {
        public static KernelArguments ForRoom(string room) => new() { ["room"] = room, ["time"] = DateTime.Now.ToShortTimeString() };
    }

    // expect: none — converts message contents to the UI's transcript lines
    public static class TranscriptMapper
    {
        public static IEnumerable<string> Lines(ChatHistory history) => history.Select(m => $"{m.Role.Label}: {m.Content}");
    }

    // expect: none — reads a FunctionResult into the API's answer; a result is data
    public static class ResultReader
    {
        public static string Text(FunctionResult result) => result.GetValue<string>() ?? result.ToString();
    }

    // expect: report — holds the embedding service that indexes manuals
    public sealed class ManualIndexer(ITextEmbeddingGenerationService embeddings)
    {
        public async Task<int> IndexAsync(IList<string> paragraphs) => (await embeddings.GenerateEmbeddingsAsync(paragraphs)).Count;
    }

    // expect: report — holds a ChatCompletionAgent and streams its answers
    public sealed class ConciergeAgent(Kernel kernel)
    {
        private readonly ChatCompletionAgent _agent = new() { Name = "Concierge", Instructions = "Help the guest.", Kernel = kernel };

        public IAsyncEnumerable<ChatMessageContent> AskAsync(ChatHistory history) => _agent.InvokeAsync(history);
    }

    // expect: none — an agent's definition as configuration strings; it holds no agent
    public sealed record AgentDefinition(string Name, string Instructions, string Model);

    // expect: report — a connector implementation of IChatCompletionService is itself a chat model type
    public sealed class EchoChatCompletionService : IChatCompletionService
    {
        public Task<IReadOnlyList<ChatMessageContent>> GetChatMessageContentsAsync(ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, System.Threading.CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<ChatMessageContent>>([new ChatMessageContent(AuthorRole.Assistant, chatHistory.LastOrDefault()?.Content)]);
    }
}
