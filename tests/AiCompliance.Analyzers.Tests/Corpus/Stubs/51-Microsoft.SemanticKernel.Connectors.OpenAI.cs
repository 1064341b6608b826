// assembly: Microsoft.SemanticKernel.Connectors.OpenAI
namespace Microsoft.SemanticKernel.Connectors.OpenAI
{
    public sealed class OpenAIPromptExecutionSettings : PromptExecutionSettings
    {
        public double? Temperature { get; set; }
        public int? MaxTokens { get; set; }
        public object? ToolCallBehavior { get; set; }
    }
    public sealed class OpenAIChatCompletionService(string modelId, string apiKey) : ChatCompletion.IChatCompletionService
    {
        public System.Threading.Tasks.Task<System.Collections.Generic.IReadOnlyList<ChatMessageContent>> GetChatMessageContentsAsync(ChatCompletion.ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, System.Threading.CancellationToken cancellationToken = default) => null!;
    }
}

namespace Microsoft.SemanticKernel
{
    public static class OpenAIKernelBuilderExtensions
    {
        public static IKernelBuilder AddOpenAIChatCompletion(this IKernelBuilder builder, string modelId, string apiKey) => builder;
        public static IKernelBuilder AddAzureOpenAIChatCompletion(this IKernelBuilder builder, string deploymentName, string endpoint, string apiKey) => builder;
    }
}
