// family: Anthropic
// Anthropic.SDK: AnthropicClient and its Messages endpoint hold Claude; MessageParameters, messages, contents,
// responses, usage and the model-name constants are data.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Anthropic.SDK;
using Anthropic.SDK.Constants;
using Anthropic.SDK.Messaging;

namespace Legal.Claude
{
    // expect: report — holds the AnthropicClient and asks Claude
    public sealed class ContractReviewer(AnthropicClient client)
    {
        public async Task<string> ReviewAsync(string contract)
        {
            var response = await client.Messages.GetClaudeMessageAsync(new MessageParameters
            {
                Model = AnthropicModels.Claude35Sonnet,
                MaxTokens = 1024,
                Messages = [new Message(RoleType.User, "Review: " + contract)],
            });
            return response.Content.OfType<TextContent>().First().Text;
        }
    }

    // expect: report — creates the client from an API key in a static helper
    public static class ClaudeOneShot
    {
        public static Task<MessageResponse> AskAsync(string apiKey, MessageParameters parameters) => new AnthropicClient(new APIAuthentication(apiKey)).Messages.GetClaudeMessageAsync(parameters);
    }

    // expect: report — streams Claude's answer from the Messages endpoint it holds
    public sealed class StreamingDrafter(MessagesEndpoint messages)
    {
        public async IAsyncEnumerable<string> DraftAsync(MessageParameters parameters)
        {
            await foreach (var part in messages.StreamClaudeMessageAsync(parameters))
            {
                yield return part.Content.OfType<TextContent>().FirstOrDefault()?.Text ?? "";
            }
        }
    }

    // expect: report — a clause classifier that calls Claude Haiku
    public sealed class ClauseClassifier
    {
        private readonly AnthropicClient _client = new(Environment.GetEnvironmentVariable("ANTHROPIC_API_KEY") ?? "");

        public async Task<string> ClassifyAsync(string clause) =>
            (await _client.Messages.GetClaudeMessageAsync(RequestTemplates.Classify(clause))).Content.OfType<TextContent>().First().Text;
    }

    // expect: report — a factory that hands out configured clients
    public sealed class ClaudeClientFactory(ClaudeSettings settings)
    {
        public AnthropicClient Create() => new(new APIAuthentication(settings.ApiKey));
    }

    // expect: report — a conversation service holding the client and the running message list
    public sealed class NegotiationChat(AnthropicClient client)
    {
        private readonly List<Message> _messages = [];

        public async Task<string> SayAsync(string text)
        {
            _messages.Add(new Message(RoleType.User, text));
            var reply = await client.Messages.GetClaudeMessageAsync(new MessageParameters { Model = AnthropicModels.Claude3Haiku, MaxTokens = 512, Messages = _messages });
            _messages.Add(reply.Message);
            return reply.Content.OfType<TextContent>().First().Text;
        }
    }

    // expect: none — builds MessageParameters for a task; request data only
    public static class RequestTemplates
    {
        public static MessageParameters Classify(string clause) => new()
        {
            Model = AnthropicModels.Claude3Haiku,
            MaxTokens = 50,
            System = [new SystemMessage("Answer with one word: liability, payment, termination or other.")],
            Messages = [new Message(RoleType.User, clause)],
        };
    }

    // expect: none — configuration: key and model names
    public sealed class ClaudeSettings
    {
        public string ApiKey { get; set; } = "";
        public string Model { get; set; } = AnthropicModels.Claude35Sonnet;
    }

    // expect: none — a transcript DTO of Claude messages
    public sealed class ReviewTranscript
    {
        public List<Message> Messages { get; } = [];
        public DateTimeOffset Started { get; } = DateTimeOffset.UtcNow;
    }

    // expect: none — reads token usage off a response for billing; data
    public static class UsageBilling
    {
        public static decimal Cost(Usage usage) => usage.InputTokens * 0.000003m + usage.OutputTokens * 0.000015m;
    }

    // expect: none — extracts the text parts of a response; a response is data
    public static class ResponseText
    {
        public static string Of(MessageResponse response) => string.Concat(response.Content.OfType<TextContent>().Select(c => c.Text));
    }

    // expect: none — a review result returned by the API
    public sealed record ReviewResult(string Contract, string Findings, int Tokens);

    // expect: none — the model-name constants the app offers in a drop-down
    public static class ModelChoices
    {
        public static readonly string[] All = [AnthropicModels.Claude35Sonnet, AnthropicModels.Claude3Haiku];
    }

    // expect: none — maps stop reasons to warnings; strings only
    public static class StopReasons
    {
        public static string Warning(MessageResponse response) => response.StopReason == "max_tokens" ? "The answer was cut off." : "";
    }

    // expect: none — a tool definition record offered to Claude; it calls no model
    public sealed record ToolSpec(string Name, string Description, string JsonSchema);

    // expect: none — the interface; its implementation is reported once
    public interface IContractReviewer
    {
        Task<string> ReviewAsync(string contract);
    }

    // expect: report — implements IContractReviewer with the AnthropicClient
    public sealed class ClaudeContractReviewer(AnthropicClient client) : IContractReviewer
    {
        public async Task<string> ReviewAsync(string contract) => ResponseText.Of(await client.Messages.GetClaudeMessageAsync(RequestTemplates.Classify(contract)));
    }
}
