// assembly: Microsoft.Agents.AI
namespace Microsoft.Agents.AI
{
    public sealed class ChatClientAgentOptions
    {
        public string? Name { get; set; }
        public string? Instructions { get; set; }
        public Microsoft.Extensions.AI.ChatOptions? ChatOptions { get; set; }
    }
    public sealed class ChatClientAgent : AIAgent
    {
        public ChatClientAgent(Microsoft.Extensions.AI.IChatClient chatClient, string? instructions = null, string? name = null, System.Collections.Generic.IList<Microsoft.Extensions.AI.AITool>? tools = null) { }
        public ChatClientAgent(Microsoft.Extensions.AI.IChatClient chatClient, ChatClientAgentOptions options) { }
        public override System.Threading.Tasks.Task<AgentRunResponse> RunAsync(System.Collections.Generic.IEnumerable<Microsoft.Extensions.AI.ChatMessage> messages, AgentThread? thread = null, AgentRunOptions? options = null, System.Threading.CancellationToken cancellationToken = default) => null!;
    }
    public static class ChatClientExtensions
    {
        public static ChatClientAgent CreateAIAgent(this Microsoft.Extensions.AI.IChatClient chatClient, string? instructions = null, string? name = null, System.Collections.Generic.IList<Microsoft.Extensions.AI.AITool>? tools = null) => new(chatClient, instructions, name, tools);
    }
    public static class OpenAIChatClientExtensions
    {
        public static ChatClientAgent CreateAIAgent(this global::OpenAI.Chat.ChatClient client, string? instructions = null, string? name = null) => null!;
    }
}
