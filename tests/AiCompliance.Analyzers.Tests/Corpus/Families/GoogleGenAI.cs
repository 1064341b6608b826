// family: Google GenAI
// Google.GenAI: Client and its Models service hold Gemini; Content, Part, configs, responses and usage are data.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Google.GenAI;
using Google.GenAI.Types;

// expect: report — a console program that asks Gemini through the Client
var client = new Client(apiKey: Environment.GetEnvironmentVariable("GOOGLE_API_KEY"));
var response = await client.Models.GenerateContentAsync("gemini-2.0-flash", "Why is the sky blue?");
Console.WriteLine(response.Candidates?[0].Content?.Parts[0].Text);

namespace Travel.Gemini
{
    // expect: report — holds the Gemini client and plans trips
    public sealed class TripPlanner(Client client)
    {
        public async Task<string?> PlanAsync(string city) =>
            (await client.Models.GenerateContentAsync("gemini-2.0-flash", "Plan three days in " + city, new GenerateContentConfig { Temperature = 0.7 })).Candidates?[0].Content?.Parts[0].Text;
    }

    // expect: report — a Vertex AI client created for a project and region
    public sealed class VertexGateway
    {
        private readonly Client _client = new(vertexAI: true, project: "travel-prod", location: "europe-west4");

        public Task<GenerateContentResponse> AskAsync(string prompt) => _client.Models.GenerateContentAsync("gemini-1.5-pro", prompt);
    }

    // expect: report — streams Gemini output via the Models service it holds
    public sealed class ItineraryStreamer(Models models)
    {
        public async IAsyncEnumerable<string> StreamAsync(string prompt)
        {
            await foreach (var chunk in models.GenerateContentStreamAsync("gemini-2.0-flash", prompt))
            {
                yield return chunk.Candidates?[0].Content?.Parts[0].Text ?? "";
            }
        }
    }

    // expect: report — embeds reviews with a Gemini embedding model
    public sealed class ReviewEmbedder(Client client)
    {
        public async Task<double[]> EmbedAsync(string review) => (await client.Models.EmbedContentAsync("text-embedding-004", review)).Embeddings?[0].Values?.ToArray() ?? [];
    }

    // expect: report — a static helper taking the client and translating text
    public static class Translator
    {
        public static async Task<string> TranslateAsync(this Client client, string text, string language) =>
            (await client.Models.GenerateContentAsync("gemini-2.0-flash", $"Translate to {language}: {text}")).Candidates?[0].Content?.Parts[0].Text ?? text;
    }

    // expect: none — generation config presets; request parameters
    public static class GenerationPresets
    {
        public static GenerateContentConfig Short => new() { MaxOutputTokens = 200, Temperature = 0.2 };
        public static GenerateContentConfig WithPersona(string persona) => new() { SystemInstruction = new Content { Parts = [new Part { Text = persona }] } };
    }

    // expect: none — builds Content and Part values of a multi-turn prompt; data
    public static class ContentBuilder
    {
        public static Content User(string text) => new() { Role = "user", Parts = [new Part { Text = text }] };
        public static Content Model(string text) => new() { Role = "model", Parts = [new Part { Text = text }] };
    }

    // expect: none — extracts text from a response; a response is data
    public static class ResponseReader
    {
        public static string Text(GenerateContentResponse response) => string.Concat(response.Candidates?.SelectMany(c => c.Content?.Parts ?? []).Select(p => p.Text) ?? []);
    }

    // expect: none — token counts of a response for quota tracking
    public sealed class QuotaTracker
    {
        public int Used { get; private set; }
        public void Add(UsageMetadata usage) => Used += (usage.PromptTokenCount ?? 0) + (usage.CandidatesTokenCount ?? 0);
    }

    // expect: none — settings: API key, model and project
    public sealed class GeminiSettings
    {
        public string ApiKey { get; set; } = "";
        public string Model { get; set; } = "gemini-2.0-flash";
        public string? Project { get; set; }
    }

    // expect: none — the conversation history as Content values; data
    public sealed class GeminiHistory
    {
        public List<Content> Turns { get; } = [];
    }

    // expect: none — a trip plan DTO returned to the client app
    public sealed record TripPlan(string City, IReadOnlyList<string> Days);

    // expect: none — checks a candidate's finish reason; data
    public static class SafetyCheck
    {
        public static bool WasBlocked(Candidate candidate) => candidate.FinishReason == "SAFETY";
    }

    // expect: none — parses day lines from plain text; no AI API
    public static class PlanParser
    {
        public static TripPlan Parse(string city, string text) => new(city, text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    // expect: report — a factory that creates the Gemini client from settings
    public static class GeminiClientFactory
    {
        public static Client Create(GeminiSettings settings) => settings.Project is { } project ? new Client(vertexAI: true, project: project) : new Client(apiKey: settings.ApiKey);
    }
}
