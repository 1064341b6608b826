// family: Microsoft Agent Framework
// Microsoft.Agents.AI: AIAgent (ChatClientAgent and the agents created from chat clients) holds a model; threads,
// run responses and updates, agent options and run options are data; the tools an agent is given are not models.
using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Agents.AI;
using Microsoft.Extensions.AI;

// expect: report — a console program that creates an agent from a chat client and runs it
IChatClient chatClient = new Helpdesk.Agents.LocalEchoClient();
AIAgent agent = chatClient.CreateAIAgent(instructions: "You are good at telling jokes.", name: "Joker");
Console.WriteLine(await agent.RunAsync("Tell me a joke about a pirate."));

namespace Helpdesk.Agents
{
    // expect: report — holds only an AIAgent and runs it: the agent carries the model
    public sealed class TriageAgentHost(AIAgent agent)
    {
        public async Task<string> TriageAsync(string ticket) => (await agent.RunAsync(ticket)).Text;
    }

    // expect: report — creates a ChatClientAgent with instructions and tools
    public sealed class ItSupportAgentFactory(IChatClient chat)
    {
        public AIAgent Create() => new ChatClientAgent(chat, new ChatClientAgentOptions
        {
            Name = "ItSupport",
            Instructions = "Help employees with IT problems.",
            ChatOptions = new ChatOptions { Tools = [AIFunctionFactory.Create(ItTools.ResetPassword)] },
        });
    }

    // expect: none — a tool the agent may call: resets a password in the directory, calls no model
    public static class ItTools
    {
        [Description("Resets the password of a user.")]
        public static string ResetPassword(string user) => $"A reset link was sent to {user}.";
    }

    // expect: report — keeps an agent thread per user and streams the agent's answers
    public sealed class ConversationManager(AIAgent agent)
    {
        private readonly Dictionary<string, AgentThread> _threads = [];

        public async IAsyncEnumerable<string> AskAsync(string user, string text)
        {
            if (!_threads.TryGetValue(user, out var thread))
            {
                _threads[user] = thread = agent.GetNewThread();
            }

            await foreach (var update in agent.RunStreamingAsync(text, thread))
            {
                yield return update.Text;
            }
        }
    }

    // expect: report — a two-agent pipeline: a writer agent then a reviewer agent
    public sealed class WriterReviewerPipeline(AIAgent writer, AIAgent reviewer)
    {
        public async Task<string> ProduceAsync(string brief)
        {
            var draft = await writer.RunAsync(brief);
            return (await reviewer.RunAsync("Review this draft: " + draft.Text)).Text;
        }
    }

    // expect: report — a custom agent deriving from AIAgent is an agent type itself
    public sealed class RuleBasedAgent : AIAgent
    {
        public override Task<AgentRunResponse> RunAsync(IEnumerable<ChatMessage> messages, AgentThread? thread = null, AgentRunOptions? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(new AgentRunResponse());
    }

    // expect: none — agent middleware that only logs around the inner agent
    public sealed class LoggingAgent(AIAgent inner) : DelegatingAIAgent(inner)
    {
        public override Task<AgentRunResponse> RunAsync(IEnumerable<ChatMessage> messages, AgentThread? thread = null, AgentRunOptions? options = null, CancellationToken cancellationToken = default)
        {
            Console.WriteLine($"Agent run with {messages.Count()} messages");
            return base.RunAsync(messages, thread, options, cancellationToken);
        }
    }

    // expect: none — agent options (name, instructions) as configuration; it creates no agent
    public static class AgentProfiles
    {
        public static ChatClientAgentOptions Support => new() { Name = "Support", Instructions = "Be kind." };
    }

    // expect: none — reads text and usage off a run response; data
    public static class RunResponseReader
    {
        public static string Summary(AgentRunResponse response) => $"{response.Text} ({response.Usage?.TotalTokenCount ?? 0} tokens)";
    }

    // expect: none — stores serialised agent threads by id; a thread is conversation state
    public sealed class ThreadStore
    {
        private readonly Dictionary<string, AgentThread> _threads = [];
        public void Save(string id, AgentThread thread) => _threads[id] = thread;
        public AgentThread? Find(string id) => _threads.GetValueOrDefault(id);
    }

    // expect: none — run options per request; configuration
    public sealed class PriorityRunOptions : AgentRunOptions
    {
        public bool Urgent { get; init; }
    }

    // expect: none — the agent names and instructions read from configuration
    public sealed class AgentSettings
    {
        public string Name { get; set; } = "Helpdesk";
        public string Instructions { get; set; } = "";
    }

    // expect: none — a ticket DTO passed to the agents
    public sealed record Ticket(string Id, string Text, string Reporter);

    // expect: none — renders agent updates for the console; updates are data
    public static class UpdatePrinter
    {
        public static void Print(AgentRunResponseUpdate update) => Console.Write(update.Text);
    }

    // expect: report — a chat client implementation used to run the sample offline
    public sealed class LocalEchoClient : IChatClient
    {
        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, messages.Last().Text)));
        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public object? GetService(Type serviceType, object? serviceKey = null) => null;
        public void Dispose() { }
    }

    // expect: report — creates an agent straight from an OpenAI ChatClient
    public static class OpenAiAgentFactory
    {
        public static AIAgent Create(string apiKey) => new OpenAI.Chat.ChatClient("gpt-4o-mini", apiKey).CreateAIAgent("You answer HR questions.", "HR");
    }
}
