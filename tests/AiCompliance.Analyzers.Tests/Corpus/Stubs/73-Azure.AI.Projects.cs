// assembly: Azure.AI.Projects
namespace Azure.AI.Projects
{
    public sealed class AIProjectClientOptions { }
    public sealed class AIProjectConnection { public string Name { get; } = ""; public string Type { get; } = ""; }
    public sealed class ConnectionsClient { public System.Collections.Generic.IEnumerable<AIProjectConnection> GetConnections() => []; }
    public sealed class DeploymentsClient { public System.Collections.Generic.IEnumerable<string> GetDeployments() => []; }
    public class AIProjectClient
    {
        public AIProjectClient(System.Uri endpoint, Azure.Core.TokenCredential credential, AIProjectClientOptions? options = null) { }
        public ConnectionsClient Connections { get; } = new();
        public DeploymentsClient Deployments { get; } = new();
        public Azure.AI.Agents.Persistent.PersistentAgentsClient GetPersistentAgentsClient() => null!;
        public global::OpenAI.Chat.ChatClient GetChatClient(string deploymentName) => null!;
    }
}
