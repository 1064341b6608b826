// assembly: Microsoft.Agents.AI.Abstractions
namespace Microsoft.Agents.AI
{
    public abstract class AgentThread { }
    public sealed class AgentRunResponse
    {
        public System.Collections.Generic.IList<Microsoft.Extensions.AI.ChatMessage> Messages { get; } = [];
        public string Text => "";
        public Microsoft.Extensions.AI.UsageDetails? Usage { get; set; }
    }
    public sealed class AgentRunResponseUpdate { public string Text => ""; }
    public class AgentRunOptions { }
    public abstract class AIAgent
    {
        public virtual string? Name => null;
        public virtual AgentThread GetNewThread() => null!;
        public System.Threading.Tasks.Task<AgentRunResponse> RunAsync(string message, AgentThread? thread = null, AgentRunOptions? options = null, System.Threading.CancellationToken cancellationToken = default) => null!;
        public System.Collections.Generic.IAsyncEnumerable<AgentRunResponseUpdate> RunStreamingAsync(string message, AgentThread? thread = null, AgentRunOptions? options = null, System.Threading.CancellationToken cancellationToken = default) => null!;
        public abstract System.Threading.Tasks.Task<AgentRunResponse> RunAsync(System.Collections.Generic.IEnumerable<Microsoft.Extensions.AI.ChatMessage> messages, AgentThread? thread = null, AgentRunOptions? options = null, System.Threading.CancellationToken cancellationToken = default);
    }
    public abstract class DelegatingAIAgent(AIAgent innerAgent) : AIAgent
    {
        protected AIAgent InnerAgent { get; } = innerAgent;
        public override System.Threading.Tasks.Task<AgentRunResponse> RunAsync(System.Collections.Generic.IEnumerable<Microsoft.Extensions.AI.ChatMessage> messages, AgentThread? thread = null, AgentRunOptions? options = null, System.Threading.CancellationToken cancellationToken = default) => InnerAgent.RunAsync(messages, thread, options, cancellationToken);
    }
}
