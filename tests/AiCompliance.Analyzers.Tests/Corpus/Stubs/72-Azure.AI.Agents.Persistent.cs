// assembly: Azure.AI.Agents.Persistent
namespace Azure.AI.Agents.Persistent
{
    public sealed class PersistentAgent { public string Id { get; } = ""; public string Name { get; } = ""; public string Model { get; } = ""; public string Instructions { get; } = ""; }
    public sealed class PersistentAgentThread { public string Id { get; } = ""; }
    public readonly record struct MessageRole(string Value) { public static MessageRole User => new("user"); public static MessageRole Agent => new("assistant"); }
    public abstract class MessageContent { }
    public sealed class MessageTextContent : MessageContent { public string Text { get; } = ""; }
    public sealed class PersistentThreadMessage { public MessageRole Role { get; } public System.Collections.Generic.IReadOnlyList<MessageContent> ContentItems { get; } = []; }
    public readonly record struct RunStatus(string Value) { public static RunStatus Completed => new("completed"); public static RunStatus InProgress => new("in_progress"); public static RunStatus Queued => new("queued"); }
    public sealed class ThreadRun { public string Id { get; } = ""; public RunStatus Status { get; } }
    public abstract class ToolDefinition { }
    public sealed class CodeInterpreterToolDefinition : ToolDefinition { }
    public sealed class FunctionToolDefinition(string name, string description, System.BinaryData parameters) : ToolDefinition { public string Name { get; } = name; }
    public sealed class PersistentAgentsAdministrationClient
    {
        public Response<PersistentAgent> CreateAgent(string model, string? name = null, string? instructions = null, System.Collections.Generic.IEnumerable<ToolDefinition>? tools = null) => null!;
        public System.Threading.Tasks.Task<Response<PersistentAgent>> CreateAgentAsync(string model, string? name = null, string? instructions = null, System.Collections.Generic.IEnumerable<ToolDefinition>? tools = null) => null!;
        public Response<bool> DeleteAgent(string agentId) => null!;
    }
    public sealed class ThreadsClient { public Response<PersistentAgentThread> CreateThread() => null!; }
    public sealed class MessagesClient
    {
        public Response<PersistentThreadMessage> CreateMessage(string threadId, MessageRole role, string content) => null!;
        public System.Collections.Generic.IEnumerable<PersistentThreadMessage> GetMessages(string threadId) => [];
    }
    public sealed class RunsClient
    {
        public Response<ThreadRun> CreateRun(string threadId, string assistantId) => null!;
        public Response<ThreadRun> GetRun(string threadId, string runId) => null!;
    }
    public class PersistentAgentsClient
    {
        public PersistentAgentsClient(string endpoint, Azure.Core.TokenCredential credential) { }
        public PersistentAgentsAdministrationClient Administration { get; } = new();
        public ThreadsClient Threads { get; } = new();
        public MessagesClient Messages { get; } = new();
        public RunsClient Runs { get; } = new();
    }
}
