// family: OpenAI
// The official OpenAI .NET library: ChatClient, EmbeddingClient, ImageClient, AudioClient, ModerationClient and the
// OpenAIClient that creates them hold a model; messages, options, tool definitions and completions are data.
using System;
using System.ClientModel;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using OpenAI;
using OpenAI.Audio;
using OpenAI.Chat;
using OpenAI.Embeddings;
using OpenAI.Images;
using OpenAI.Moderations;

// expect: report — a console program that creates a ChatClient and completes a chat
var client = new ChatClient("gpt-4o-mini", Environment.GetEnvironmentVariable("OPENAI_API_KEY"));
ChatCompletion completion = client.CompleteChat("Say hello.");
Console.WriteLine(completion.Content[0].Text);

namespace Contoso.Support
{
    // expect: report — holds the ChatClient it answers tickets with
    public sealed class TicketAnswerer(ChatClient chat)
    {
        public async Task<string> AnswerAsync(string ticket)
        {
            ChatCompletion reply = await chat.CompleteChatAsync([new SystemChatMessage("You are a support agent."), new UserChatMessage(ticket)]);
            return reply.Content[0].Text;
        }
    }

    // expect: report — creates a ChatClient in a static helper
    public static class OneShotPrompt
    {
        public static string Run(string apiKey, string prompt) => new ChatClient("gpt-4o", apiKey).CompleteChat(prompt).Value.Content[0].Text;
    }

    // expect: report — holds the EmbeddingClient that vectorises documents
    public sealed class DocumentEmbedder
    {
        private readonly EmbeddingClient _embeddings;

        public DocumentEmbedder(OpenAIClient client) => _embeddings = client.GetEmbeddingClient("text-embedding-3-small");

        public async Task<float[]> EmbedAsync(string text) => (await _embeddings.GenerateEmbeddingAsync(text)).Value.ToFloats().ToArray();
    }

    // expect: report — holds the ImageClient that draws illustrations
    public sealed class IllustrationService(ImageClient images)
    {
        public async Task<Uri> DrawAsync(string prompt) => (await images.GenerateImageAsync(prompt)).Value.ImageUri;
    }

    // expect: report — holds the AudioClient that transcribes calls
    public sealed class CallTranscriber(AudioClient audio)
    {
        public async Task<string> TranscribeAsync(string path) => (await audio.TranscribeAudioAsync(path)).Value.Text;
    }

    // expect: report — calls the ModerationClient before accepting a post
    public sealed class ModerationGate(ModerationClient moderation)
    {
        public async Task<bool> IsAllowedAsync(string text) => !(await moderation.ClassifyTextAsync(text)).Value.Flagged;
    }

    // expect: report — creates the OpenAIClient and hands out chat clients
    public sealed class OpenAiClientFactory(OpenAiSettings settings)
    {
        private readonly OpenAIClient _client = new(new ApiKeyCredential(settings.ApiKey), new OpenAIClientOptions { Endpoint = settings.Endpoint });

        public ChatClient Chat() => _client.GetChatClient(settings.ChatModel);
    }

    // expect: none — configuration bound from appsettings; plain strings
    public sealed class OpenAiSettings
    {
        public string ApiKey { get; set; } = "";
        public string ChatModel { get; set; } = "gpt-4o-mini";
        public Uri? Endpoint { get; set; }
    }

    // expect: none — client and request options configure a call; they make none
    public sealed class CompletionDefaults
    {
        public OpenAIClientOptions Client { get; } = new() { NetworkTimeout = TimeSpan.FromSeconds(30) };
        public ChatCompletionOptions Request { get; } = new() { Temperature = 0.2f, MaxOutputTokenCount = 512 };
    }

    // expect: none — a conversation DTO: a list of OpenAI chat messages
    public sealed class ConversationState
    {
        public string Id { get; set; } = Guid.NewGuid().ToString();
        public List<ChatMessage> Messages { get; } = [];
        public void AddUser(string text) => Messages.Add(new UserChatMessage(text));
        public void AddAssistant(string text) => Messages.Add(new AssistantChatMessage(text));
    }

    // expect: none — tool definitions offered to a model; it calls none
    public static class SupportTools
    {
        public static readonly ChatTool LookupOrder = ChatTool.CreateFunctionTool(
            "lookup_order",
            "Finds an order by its number.",
            BinaryData.FromString("""{"type":"object","properties":{"number":{"type":"string"}}}"""));

        public static ChatCompletionOptions WithTools(this ChatCompletionOptions options)
        {
            options.Tools.Add(LookupOrder);
            return options;
        }
    }

    // expect: none — runs the function a model asked for; parses the tool call's arguments, calls no model
    public sealed class OrderLookupTool
    {
        public string Invoke(ChatToolCall call)
        {
            using var arguments = JsonDocument.Parse(call.FunctionArguments);
            return "Order " + arguments.RootElement.GetProperty("number").GetString() + " shipped.";
        }
    }

    // expect: none — formats a completion the client returned; a completion is data
    public static class CompletionFormatter
    {
        public static string Describe(ChatCompletion completion) => $"{completion.FinishReason}: {completion.Content[0].Text} ({completion.Usage.TotalTokenCount} tokens)";
    }

    // expect: none — aggregates token counts of responses; usage figures are data
    public sealed class TokenUsageMeter
    {
        public long Total { get; private set; }
        public void Add(ChatTokenUsage usage) => Total += usage.TotalTokenCount;
    }

    // expect: none — prompt templates as constants; no AI API at all
    public static class PromptTemplates
    {
        public const string Summarise = "Summarise the following text in three bullet points:\n{0}";
        public const string Classify = "Classify the ticket as billing, technical or other:\n{0}";
    }

    // expect: none — maps domain messages to OpenAI message DTOs
    public static class MessageMapper
    {
        public static ChatMessage ToOpenAi(string role, string text) => role switch
        {
            "system" => new SystemChatMessage(text),
            "assistant" => new AssistantChatMessage(text),
            _ => new UserChatMessage(text),
        };
    }

    // expect: report — base of the LLM services: holds the ChatClient its subclasses call
    public abstract class LlmServiceBase(ChatClient chat)
    {
        protected ChatClient Chat { get; } = chat;
    }

    // expect: report — calls the inherited ChatClient to classify tickets
    public sealed class TicketClassifier(ChatClient chat) : LlmServiceBase(chat)
    {
        public string Classify(string ticket) => Chat.CompleteChat(string.Format(PromptTemplates.Classify, ticket)).Value.Content[0].Text;
    }

    // expect: report — first part of a partial assistant; the other part holds the ChatClient
    public partial class SalesAssistant
    {
        public string Greeting => "How can I help?";
    }

    // expect: report — second part of the partial assistant, with the ChatClient
    public partial class SalesAssistant
    {
        private readonly ChatClient _chat = new("gpt-4o", "key");

        public string Ask(string question) => _chat.CompleteChat(question).Value.Content[0].Text;
    }

    // expect: none — a container of handlers; only its nested handler uses the model
    public static class Handlers
    {
        // expect: report — a nested handler that holds the ChatClient
        public sealed class SummariseHandler(ChatClient chat)
        {
            public string Handle(string text) => chat.CompleteChat(string.Format(PromptTemplates.Summarise, text)).Value.Content[0].Text;
        }
    }

    // expect: report — extension methods over ChatClient that call it
    public static class ChatClientExtensions
    {
        public static string AskOnce(this ChatClient chat, string question) => chat.CompleteChat(question).Value.Content[0].Text;
    }

    // expect: none — an exception of the support domain; no AI API
    public sealed class QuotaExceededException(string message) : Exception(message);

    // expect: none — a result DTO the API returns to callers
    public sealed record AnswerDto(string Answer, int Tokens, DateTimeOffset At);
}
