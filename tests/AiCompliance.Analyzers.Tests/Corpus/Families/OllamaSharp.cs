// family: OllamaSharp
// OllamaSharp: OllamaApiClient / IOllamaApiClient and Chat hold a model served by Ollama; requests, messages,
// responses, model listings and RequestOptions are data.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using OllamaSharp;
using OllamaSharp.Models;
using OllamaSharp.Models.Chat;
using ChatRole = OllamaSharp.Models.Chat.ChatRole;

namespace HomeLab.Ollama
{
    // expect: report — holds the OllamaApiClient and generates completions
    public sealed class LocalCompletion
    {
        private readonly OllamaApiClient _ollama = new("http://localhost:11434", "llama3.2");

        public async Task<string> CompleteAsync(string prompt)
        {
            var text = new StringBuilder();
            await foreach (var chunk in _ollama.GenerateAsync(new GenerateRequest { Model = "llama3.2", Prompt = prompt }))
            {
                text.Append(chunk?.Response);
            }

            return text.ToString();
        }
    }

    // expect: report — a conversation through OllamaSharp's Chat helper
    public sealed class OllamaConversation(IOllamaApiClient client)
    {
        private readonly Chat _chat = new(client, "You are concise.");

        public IAsyncEnumerable<string> SendAsync(string message) => _chat.SendAsync(message);
    }

    // expect: report — uses OllamaApiClient as a Microsoft.Extensions.AI IChatClient
    public sealed class OllamaChatAdapter
    {
        private readonly IChatClient _chat = new OllamaApiClient(new Uri("http://localhost:11434"), "phi3");

        public async Task<string> AskAsync(string question) => (await _chat.GetResponseAsync(question)).Text;
    }

    // expect: report — embeds text with the embed endpoint
    public sealed class OllamaEmbedder(IOllamaApiClient client)
    {
        public async Task<float[]> EmbedAsync(string text) => (await client.EmbedAsync(new EmbedRequest { Model = "nomic-embed-text", Input = [text] })).Embeddings[0];
    }

    // expect: report — lists installed models through the client (an admin page talking to the server)
    public sealed class ModelCatalogService(IOllamaApiClient client)
    {
        public async Task<IReadOnlyList<string>> InstalledAsync() => (await client.ListLocalModelsAsync()).Select(m => m.Name).ToList();
    }

    // expect: report — streams chat responses for a web socket
    public sealed class ChatStreamer(IOllamaApiClient client)
    {
        public async IAsyncEnumerable<string> StreamAsync(IEnumerable<Message> history)
        {
            await foreach (var chunk in client.ChatAsync(new ChatRequest { Model = client.SelectedModel, Messages = history }))
            {
                yield return chunk?.Message?.Content ?? "";
            }
        }
    }

    // expect: none — a message DTO list for the UI; Ollama messages are data
    public sealed class ChatThread
    {
        public List<Message> Messages { get; } = [];
        public void User(string text) => Messages.Add(new Message(ChatRole.User, text));
    }

    // expect: none — request options (temperature, context size); configuration
    public sealed class OllamaTuning
    {
        public RequestOptions Options { get; } = new() { Temperature = 0.4f, NumCtx = 8192 };
    }

    // expect: none — builds a GenerateRequest from a template; a request is data
    public static class RequestFactory
    {
        public static GenerateRequest Summarise(string model, string text) => new() { Model = model, Prompt = "Summarise:\n" + text };
    }

    // expect: none — formats model sizes from a listing; Model records are data
    public static class ModelSizeFormatter
    {
        public static string Format(Model model) => $"{model.Name} ({model.Size / 1_000_000} MB)";
    }

    // expect: none — settings: server URL and default model name
    public sealed class OllamaSettings
    {
        public Uri Endpoint { get; set; } = new("http://localhost:11434");
        public string Model { get; set; } = "llama3.2";
    }

    // expect: none — collects streamed chunks into text; response chunks are data
    public static class StreamCollector
    {
        public static string Join(IEnumerable<GenerateResponseStream?> chunks) => string.Concat(chunks.Select(c => c?.Response));
    }

    // expect: none — a response DTO returned by the app's API
    public sealed record CompletionResult(string Model, string Text, TimeSpan Duration);

    // expect: none — a health probe that only pings the URL over HTTP
    public sealed class OllamaHealthProbe(System.Net.Http.HttpClient http)
    {
        public async Task<bool> IsUpAsync(Uri endpoint) => (await http.GetAsync(endpoint)).IsSuccessStatusCode;
    }

    // expect: none — maps roles of the app to Ollama's role values
    public static class RoleMapper
    {
        public static ChatRole From(string role) => role == "assistant" ? ChatRole.Assistant : role == "system" ? ChatRole.System : ChatRole.User;
    }

    // expect: report — a factory that creates the client for a configured server
    public static class OllamaClientFactory
    {
        public static IOllamaApiClient Create(OllamaSettings settings) => new OllamaApiClient(settings.Endpoint, settings.Model);
    }
}
