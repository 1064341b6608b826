// assembly: Microsoft.SemanticKernel.Agents.Core
namespace Microsoft.SemanticKernel.Agents
{
    public abstract class Agent { public string? Name { get; init; } public string? Instructions { get; init; } public Kernel Kernel { get; init; } = null!; }
    public sealed class ChatCompletionAgent : Agent
    {
        public System.Collections.Generic.IAsyncEnumerable<ChatMessageContent> InvokeAsync(ChatCompletion.ChatHistory history) => null!;
    }
    public sealed class ChatHistoryAgentThread { }
}
