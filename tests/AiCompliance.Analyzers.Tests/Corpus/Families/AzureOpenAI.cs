// family: Azure OpenAI
// Azure.AI.OpenAI: AzureOpenAIClient (an OpenAIClient) and the OpenAI clients it creates hold a deployed model;
// options, data sources and credentials are data.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Azure;
using Azure.AI.OpenAI;
using Azure.AI.OpenAI.Chat;
using Azure.Identity;
using Microsoft.Extensions.DependencyInjection;
using OpenAI.Chat;
using OpenAI.Embeddings;

namespace Fabrikam.Claims
{
    // expect: report — creates the AzureOpenAIClient with a key and returns its chat client
    public static class AzureChatFactory
    {
        public static ChatClient Create(AzureOpenAISettings settings) =>
            new AzureOpenAIClient(new Uri(settings.Endpoint), new AzureKeyCredential(settings.ApiKey)).GetChatClient(settings.Deployment);
    }

    // expect: report — holds the AzureOpenAIClient, authenticated with Entra ID
    public sealed class ClaimsAssistant
    {
        private readonly AzureOpenAIClient _client = new(new Uri("https://fabrikam.openai.azure.com"), new DefaultAzureCredential());

        public async Task<string> SummariseAsync(string claim)
        {
            ChatCompletion completion = await _client.GetChatClient("gpt-4o").CompleteChatAsync([new UserChatMessage("Summarise: " + claim)]);
            return completion.Content[0].Text;
        }
    }

    // expect: report — grounds answers on Azure AI Search through the deployment's chat client
    public sealed class PolicyQuestionAnswerer(ChatClient chat, AzureSearchSettings search)
    {
        public string Answer(string question)
        {
            var options = new ChatCompletionOptions();
            options.AddDataSource(new AzureSearchChatDataSource { Endpoint = new Uri(search.Endpoint), IndexName = search.Index });
            return chat.CompleteChat([new UserChatMessage(question)], options).Value.Content[0].Text;
        }
    }

    // expect: report — holds the embedding client of an Azure deployment
    public sealed class ClaimEmbeddingService(AzureOpenAIClient client)
    {
        private readonly EmbeddingClient _embeddings = client.GetEmbeddingClient("text-embedding-3-large");

        public ReadOnlyMemory<float> Embed(string text) => _embeddings.GenerateEmbedding(text).Value.ToFloats();
    }

    // expect: report — a fraud scorer that prompts the deployment and parses a number
    public sealed class FraudScorer(ChatClient chat)
    {
        public double Score(string claim) => double.TryParse(chat.CompleteChat("Rate fraud risk 0-1: " + claim).Value.Content[0].Text, out var score) ? score : 0;
    }

    // expect: report — a hosted service that drafts letters with the injected AzureOpenAIClient
    public sealed class LetterDraftingWorker(AzureOpenAIClient client, ILetterQueue queue)
    {
        public async Task RunOnceAsync()
        {
            var next = queue.Next();
            if (next is not null)
            {
                var draft = await client.GetChatClient("gpt-4o-mini").CompleteChatAsync([new UserChatMessage("Draft a letter: " + next)]);
                queue.Complete(draft.Value.Content[0].Text);
            }
        }
    }

    // expect: none — the letters to draft; a plain queue abstraction
    public interface ILetterQueue
    {
        string? Next();
        void Complete(string letter);
    }

    // expect: none — configuration: endpoint, key and deployment names
    public sealed class AzureOpenAISettings
    {
        public string Endpoint { get; set; } = "";
        public string ApiKey { get; set; } = "";
        public string Deployment { get; set; } = "gpt-4o";
    }

    // expect: none — configuration of the search index used for grounding
    public sealed class AzureSearchSettings
    {
        public string Endpoint { get; set; } = "";
        public string Index { get; set; } = "claims";
    }

    // expect: none — client options: service version and retries configure calls, they make none
    public sealed class AzureClientTuning
    {
        public AzureOpenAIClientOptions Options { get; } = new(AzureOpenAIClientOptions.ServiceVersion.V2024_10_21);
    }

    // expect: none — a data source definition handed to a request; it is not a model
    public static class GroundingSources
    {
        public static AzureSearchChatDataSource Claims(string endpoint) => new() { Endpoint = new Uri(endpoint), IndexName = "claims" };
    }

    // expect: none — DI registration only: it creates the client for the container, its consumers are reported
    public static class AzureOpenAIServiceCollectionExtensions
    {
        public static IServiceCollection AddClaimsAi(this IServiceCollection services, AzureOpenAISettings settings)
        {
            services.AddSingleton(new AzureOpenAIClient(new Uri(settings.Endpoint), new AzureKeyCredential(settings.ApiKey)));
            return services;
        }
    }

    // expect: none — the answer DTO returned by the claims API
    public sealed record ClaimAnswer(string ClaimId, string Summary, double FraudScore);

    // expect: none — the chat transcript of a claim as OpenAI messages; data
    public sealed class ClaimTranscript
    {
        public List<ChatMessage> Messages { get; } = [];
    }

    // expect: none — maps a finish reason to a user-facing warning
    public static class FinishReasonMessages
    {
        public static string For(ChatFinishReason reason) => reason == ChatFinishReason.ContentFilter ? "The answer was filtered." : "";
    }

    // expect: report — a fake client for tests derives from AzureOpenAIClient; still a client type
    public sealed class RecordingAzureOpenAIClient : AzureOpenAIClient
    {
        public RecordingAzureOpenAIClient() : base(new Uri("https://localhost"), new AzureKeyCredential("test")) { }
    }

    // expect: none — a retry policy for transient HTTP errors; no AI API
    public static class RetryPolicy
    {
        public static TimeSpan Delay(int attempt) => TimeSpan.FromMilliseconds(200 * Math.Pow(2, attempt));
    }

    // expect: none — a content filter result DTO the UI shows
    public sealed class FilterVerdict
    {
        public bool Blocked { get; init; }
        public string Category { get; init; } = "";
    }
}
