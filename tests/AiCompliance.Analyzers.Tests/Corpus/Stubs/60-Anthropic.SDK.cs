// assembly: Anthropic.SDK
namespace Anthropic.SDK.Messaging
{
    public enum RoleType { User, Assistant }
    public abstract class ContentBase { }
    public sealed class TextContent : ContentBase { public string Text { get; set; } = ""; }
    public sealed class Message
    {
        public Message() { }
        public Message(RoleType role, string text) { Role = role; Content = [new TextContent { Text = text }]; }
        public RoleType Role { get; set; }
        public System.Collections.Generic.List<ContentBase> Content { get; set; } = [];
    }
    public sealed class SystemMessage(string text) { public string Text { get; } = text; }
    public sealed class MessageParameters
    {
        public System.Collections.Generic.List<Message> Messages { get; set; } = [];
        public System.Collections.Generic.List<SystemMessage>? System { get; set; }
        public string Model { get; set; } = "";
        public int MaxTokens { get; set; }
        public decimal? Temperature { get; set; }
        public bool Stream { get; set; }
    }
    public sealed class Usage { public int InputTokens { get; set; } public int OutputTokens { get; set; } }
    public sealed class MessageResponse
    {
        public System.Collections.Generic.List<ContentBase> Content { get; set; } = [];
        public Usage Usage { get; set; } = new();
        public string StopReason { get; set; } = "";
        public Message Message => new();
    }
    public sealed class MessagesEndpoint
    {
        public System.Threading.Tasks.Task<MessageResponse> GetClaudeMessageAsync(MessageParameters parameters, System.Threading.CancellationToken ctx = default) => null!;
        public System.Collections.Generic.IAsyncEnumerable<MessageResponse> StreamClaudeMessageAsync(MessageParameters parameters, System.Threading.CancellationToken ctx = default) => null!;
    }
}

namespace Anthropic.SDK
{
    public sealed class APIAuthentication(string apiKey) { public string ApiKey { get; } = apiKey; }
    public sealed class AnthropicClient : System.IDisposable
    {
        public AnthropicClient(APIAuthentication? apiKeys = null, System.Net.Http.HttpClient? client = null) { }
        public AnthropicClient(string apiKey) { }
        public Messaging.MessagesEndpoint Messages { get; } = new();
        public void Dispose() { }
    }
}

namespace Anthropic.SDK.Constants
{
    public static class AnthropicModels
    {
        public const string Claude35Sonnet = "claude-3-5-sonnet-20241022";
        public const string Claude3Haiku = "claude-3-haiku-20240307";
    }
}
