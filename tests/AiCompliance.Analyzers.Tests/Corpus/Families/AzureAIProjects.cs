// family: Azure AI Projects and Agents
// Azure AI Foundry: AIProjectClient and PersistentAgentsClient (and its sub-clients) reach hosted agents and models;
// agent definitions, threads, messages, runs, tool definitions and connections are data.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Azure;
using Azure.AI.Agents.Persistent;
using Azure.AI.Projects;
using Azure.Identity;

namespace Foundry.Sample
{
    // expect: report — holds the AIProjectClient of a Foundry project
    public sealed class ProjectGateway
    {
        private readonly AIProjectClient _project = new(new Uri("https://contoso.services.ai.azure.com/api/projects/demo"), new DefaultAzureCredential());

        public PersistentAgentsClient Agents() => _project.GetPersistentAgentsClient();
    }

    // expect: report — creates a hosted agent and runs it on a thread
    public sealed class HostedAgentRunner(PersistentAgentsClient client)
    {
        public string Run(string question)
        {
            PersistentAgent agent = client.Administration.CreateAgent("gpt-4o", "Math tutor", "You solve equations.", [new CodeInterpreterToolDefinition()]);
            PersistentAgentThread thread = client.Threads.CreateThread().Value;
            client.Messages.CreateMessage(thread.Id, MessageRole.User, question);
            ThreadRun run = client.Runs.CreateRun(thread.Id, agent.Id).Value;
            while (run.Status == RunStatus.Queued || run.Status == RunStatus.InProgress)
            {
                Thread.Sleep(500);
                run = client.Runs.GetRun(thread.Id, run.Id).Value;
            }

            return string.Concat(client.Messages.GetMessages(thread.Id).SelectMany(m => m.ContentItems).OfType<MessageTextContent>().Select(c => c.Text));
        }
    }

    // expect: report — a chat client obtained from the project for a deployment
    public sealed class ProjectChat(AIProjectClient project)
    {
        public string Ask(string question) => project.GetChatClient("gpt-4o-mini").CompleteChat(question).Value.Content[0].Text;
    }

    // expect: report — creates the agents client for an endpoint in a factory
    public static class AgentsClientFactory
    {
        public static PersistentAgentsClient Create(string endpoint) => new(endpoint, new DefaultAzureCredential());
    }

    // expect: report — provisions agents at start-up with the administration client
    public sealed class AgentProvisioner(PersistentAgentsAdministrationClient administration)
    {
        public Task<Response<PersistentAgent>> EnsureAsync(AgentBlueprint blueprint) => administration.CreateAgentAsync(blueprint.Model, blueprint.Name, blueprint.Instructions, blueprint.Tools);
    }

    // expect: none — an agent blueprint: model name, instructions and tool definitions; configuration
    public sealed class AgentBlueprint
    {
        public string Model { get; init; } = "gpt-4o";
        public string Name { get; init; } = "";
        public string Instructions { get; init; } = "";
        public List<ToolDefinition> Tools { get; } = [];
    }

    // expect: none — tool definitions for hosted agents; they call no model
    public static class FoundryTools
    {
        public static FunctionToolDefinition Weather => new("get_weather", "Gets the weather for a city.", BinaryData.FromString("{}"));
        public static CodeInterpreterToolDefinition Code => new();
    }

    // expect: none — extracts the text of thread messages; messages are data
    public static class ThreadMessageText
    {
        public static string Of(PersistentThreadMessage message) => string.Concat(message.ContentItems.OfType<MessageTextContent>().Select(c => c.Text));
    }

    // expect: none — decides whether a run is finished; a run status is data
    public static class RunStatusPolicy
    {
        public static bool IsTerminal(ThreadRun run) => run.Status != RunStatus.Queued && run.Status != RunStatus.InProgress;
    }

    // expect: none — caches agent ids and thread ids per user; identifiers only
    public sealed class AgentIdCache
    {
        private readonly Dictionary<string, string> _threads = [];
        public void Remember(string user, PersistentAgentThread thread) => _threads[user] = thread.Id;
    }

    // expect: none — lists the project's connections for an admin page: configuration records
    public static class ConnectionReport
    {
        public static IEnumerable<string> Lines(IEnumerable<AIProjectConnection> connections) => connections.Select(c => $"{c.Name} ({c.Type})");
    }

    // expect: none — settings: project endpoint and model deployment
    public sealed class FoundrySettings
    {
        public string ProjectEndpoint { get; set; } = "";
        public string ModelDeployment { get; set; } = "gpt-4o";
    }

    // expect: none — a DTO of an agent shown in the UI
    public sealed record AgentSummary(string Id, string Name, string Model);

    // expect: none — maps a PersistentAgent definition to the UI DTO; a definition is data
    public static class AgentSummaryMapper
    {
        public static AgentSummary From(PersistentAgent agent) => new(agent.Id, agent.Name, agent.Model);
    }

    // expect: none — the role of a message for rendering; data
    public static class RoleLabels
    {
        public static string For(MessageRole role) => role == MessageRole.User ? "You" : "Agent";
    }

    // expect: report — the clean-up job deletes agents through the agents client
    public sealed class AgentJanitor(PersistentAgentsClient client)
    {
        public bool Delete(string agentId) => client.Administration.DeleteAgent(agentId).Value;
    }
}
