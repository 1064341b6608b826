// assembly: OllamaSharp
namespace OllamaSharp.Models.Chat
{
    public enum ChatRoleKind { System, User, Assistant, Tool }
    public readonly record struct ChatRole(string Value)
    {
        public static ChatRole User => new("user");
        public static ChatRole Assistant => new("assistant");
        public static ChatRole System => new("system");
    }
    public sealed class Message
    {
        public Message() { }
        public Message(ChatRole role, string content) { Role = role; Content = content; }
        public ChatRole? Role { get; set; }
        public string? Content { get; set; }
        public string[]? Images { get; set; }
    }
    public sealed class ChatRequest
    {
        public string Model { get; set; } = "";
        public System.Collections.Generic.IEnumerable<Message> Messages { get; set; } = [];
        public bool Stream { get; set; } = true;
    }
    public sealed class ChatResponseStream { public Message? Message { get; set; } public bool Done { get; set; } }
}

namespace OllamaSharp.Models
{
    public sealed class GenerateRequest { public string Model { get; set; } = ""; public string Prompt { get; set; } = ""; }
    public sealed class GenerateResponseStream { public string Response { get; set; } = ""; public bool Done { get; set; } }
    public sealed class Model { public string Name { get; set; } = ""; public long Size { get; set; } }
    public sealed class RequestOptions { public float? Temperature { get; set; } public int? NumCtx { get; set; } }
    public sealed class EmbedRequest { public string Model { get; set; } = ""; public System.Collections.Generic.List<string> Input { get; set; } = []; }
    public sealed class EmbedResponse { public System.Collections.Generic.List<float[]> Embeddings { get; set; } = []; }
}

namespace OllamaSharp
{
    public interface IOllamaApiClient
    {
        string SelectedModel { get; set; }
        System.Collections.Generic.IAsyncEnumerable<Models.GenerateResponseStream?> GenerateAsync(Models.GenerateRequest request, System.Threading.CancellationToken cancellationToken = default);
        System.Collections.Generic.IAsyncEnumerable<Models.Chat.ChatResponseStream?> ChatAsync(Models.Chat.ChatRequest request, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<System.Collections.Generic.IEnumerable<Models.Model>> ListLocalModelsAsync(System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<Models.EmbedResponse> EmbedAsync(Models.EmbedRequest request, System.Threading.CancellationToken cancellationToken = default);
    }
    public class OllamaApiClient : IOllamaApiClient, Microsoft.Extensions.AI.IChatClient
    {
        public OllamaApiClient(string uriString, string defaultModel = "") { }
        public OllamaApiClient(System.Uri uri, string defaultModel = "") { }
        public string SelectedModel { get; set; } = "";
        public System.Collections.Generic.IAsyncEnumerable<Models.GenerateResponseStream?> GenerateAsync(Models.GenerateRequest request, System.Threading.CancellationToken cancellationToken = default) => null!;
        public System.Collections.Generic.IAsyncEnumerable<Models.Chat.ChatResponseStream?> ChatAsync(Models.Chat.ChatRequest request, System.Threading.CancellationToken cancellationToken = default) => null!;
        public System.Threading.Tasks.Task<System.Collections.Generic.IEnumerable<Models.Model>> ListLocalModelsAsync(System.Threading.CancellationToken cancellationToken = default) => null!;
        public System.Threading.Tasks.Task<Models.EmbedResponse> EmbedAsync(Models.EmbedRequest request, System.Threading.CancellationToken cancellationToken = default) => null!;
        System.Threading.Tasks.Task<Microsoft.Extensions.AI.ChatResponse> Microsoft.Extensions.AI.IChatClient.GetResponseAsync(System.Collections.Generic.IEnumerable<Microsoft.Extensions.AI.ChatMessage> messages, Microsoft.Extensions.AI.ChatOptions? options, System.Threading.CancellationToken cancellationToken) => null!;
        System.Collections.Generic.IAsyncEnumerable<Microsoft.Extensions.AI.ChatResponseUpdate> Microsoft.Extensions.AI.IChatClient.GetStreamingResponseAsync(System.Collections.Generic.IEnumerable<Microsoft.Extensions.AI.ChatMessage> messages, Microsoft.Extensions.AI.ChatOptions? options, System.Threading.CancellationToken cancellationToken) => null!;
        object? Microsoft.Extensions.AI.IChatClient.GetService(System.Type serviceType, object? serviceKey) => null;
        public void Dispose() { }
    }
    public sealed class Chat(IOllamaApiClient client, string systemPrompt = "")
    {
        public System.Collections.Generic.List<Models.Chat.Message> Messages { get; } = [];
        public System.Collections.Generic.IAsyncEnumerable<string> SendAsync(string message, System.Threading.CancellationToken cancellationToken = default) => null!;
    }
}
