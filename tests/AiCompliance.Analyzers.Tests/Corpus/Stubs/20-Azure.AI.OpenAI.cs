// assembly: Azure.AI.OpenAI
namespace Azure.AI.OpenAI
{
    public class AzureOpenAIClientOptions : global::OpenAI.OpenAIClientOptions
    {
        public enum ServiceVersion { V2024_10_21 }
        public AzureOpenAIClientOptions(ServiceVersion version = ServiceVersion.V2024_10_21) { }
    }

    public class AzureOpenAIClient : global::OpenAI.OpenAIClient
    {
        public AzureOpenAIClient(System.Uri endpoint, Azure.AzureKeyCredential credential, AzureOpenAIClientOptions? options = null) { }
        public AzureOpenAIClient(System.Uri endpoint, Azure.Core.TokenCredential credential, AzureOpenAIClientOptions? options = null) { }
        public override global::OpenAI.Chat.ChatClient GetChatClient(string deploymentName) => throw null!;
        public override global::OpenAI.Embeddings.EmbeddingClient GetEmbeddingClient(string deploymentName) => throw null!;
    }
}

namespace Azure.AI.OpenAI.Chat
{
    public static class AzureChatCompletionOptionsExtensions
    {
        public static void AddDataSource(this global::OpenAI.Chat.ChatCompletionOptions options, object dataSource) { }
    }

    public sealed class AzureSearchChatDataSource
    {
        public System.Uri Endpoint { get; set; } = null!;
        public string IndexName { get; set; } = "";
    }
}
