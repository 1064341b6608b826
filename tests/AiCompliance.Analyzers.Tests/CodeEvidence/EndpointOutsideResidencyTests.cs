using System.Threading.Tasks;
using AiCompliance.Analyzers.CodeEvidence;
using static AiCompliance.Analyzers.Tests.CodeEvidence.CodeEvidenceLibraries;

namespace AiCompliance.Analyzers.Tests.CodeEvidence;

/// <summary>AIC403 on code written against the real OpenAI, Azure OpenAI, Azure AI Inference, Semantic Kernel and OllamaSharp packages.</summary>
public sealed class EndpointOutsideResidencyTests
{
    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Diagnostic(int location, string model, string host, string outside, string residency) =>
        Expect.Diagnostic("AIC403").WithLocation(location)
            .WithMessage($"Model '{model}' sends data to {host} ({outside}) outside its residency ({residency}): add a [DataTransfer] with a mechanism or use an endpoint inside");

    [Fact]
    public Task A_constant_endpoint_in_a_country_outside_the_residency_is_reported_on_the_uri() =>
        Test<EndpointOutsideResidencyAnalyzer>(
            """
            using System;
            using AiCompliance;
            using Azure.AI.OpenAI;
            using OpenAI;

            [AiModel("support-bot")]
            [DataResidency("SG")]
            public sealed class SupportBot
            {
                private const string Region = "japaneast";
                private readonly OpenAIClientOptions _options = new() { Endpoint = {|#0:new Uri("https://API.OpenAI.com./v1")|} };
                private readonly AzureOpenAIClient _azure = new({|#1:new($"https://{Region}.api.cognitive.microsoft.com/")|}, new System.ClientModel.ApiKeyCredential("key"));
                private readonly AzureOpenAIClient _home = new(new Uri("https://southeastasia.api.cognitive.microsoft.com:443/"), new System.ClientModel.ApiKeyCredential("key"));

                public void Configure() => _options.Endpoint = {|#2:new Uri("https://us-central1-aiplatform.googleapis.com/v1", UriKind.Absolute)|};
            }
            """,
            Diagnostic(0, "support-bot", "api.openai.com", "US", "SG"),
            Diagnostic(1, "support-bot", "japaneast.api.cognitive.microsoft.com", "JP", "SG"),
            Diagnostic(2, "support-bot", "us-central1-aiplatform.googleapis.com", "US", "SG")).RunAsync();

    [Fact]
    public Task Azure_ai_inference_endpoints_are_read() =>
        Test<EndpointOutsideResidencyAnalyzer>(
            """
            using System;
            using AiCompliance;
            using Azure;
            using Azure.AI.Inference;

            [AiModel("support-bot")]
            [DataResidency("SG")]
            public sealed class SupportBot
            {
                private readonly ChatCompletionsClient _chat = new({|#0:new Uri("https://japaneast.api.cognitive.microsoft.com/")|}, new AzureKeyCredential("key"));
                private readonly EmbeddingsClient _embeddings = new({|#1:new Uri("https://api.openai.com/v1")|}, new AzureKeyCredential("key"));
                private readonly ImageEmbeddingsClient _home = new(new Uri("https://southeastasia.api.cognitive.microsoft.com/"), new AzureKeyCredential("key"));

                public ChatCompletionsClient FromConfiguration(string endpoint) => new(new Uri(endpoint), new AzureKeyCredential("key"));
            }
            """,
            Diagnostic(0, "support-bot", "japaneast.api.cognitive.microsoft.com", "JP", "SG"),
            Diagnostic(1, "support-bot", "api.openai.com", "US", "SG")).RunAsync();

    [Fact]
    public Task Semantic_kernel_and_ollama_endpoints_are_read() =>
        Test<EndpointOutsideResidencyAnalyzer>(
            """
            using System;
            using AiCompliance;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.SemanticKernel;
            using OllamaSharp;

            [AiModel("support-bot")]
            [DataResidency("SG", "JP")]
            public sealed class SupportBot
            {
                private readonly OllamaApiClient _ollama = new({|#0:"https://bedrock-runtime.us-east-1.amazonaws.com"|});

                public void Configure(IKernelBuilder builder, IServiceCollection services)
                {
                    builder.AddAzureOpenAIChatCompletion("chat", {|#1:"https://koreacentral.api.cognitive.microsoft.com"|}, "key");
                    builder.AddAzureOpenAIChatCompletion("chat", "https://japanwest.api.cognitive.microsoft.com", "key");
                    builder.AddOpenAIChatCompletion("gpt-4o", endpoint: {|#2:new Uri("https://api.anthropic.com/v1/")|}, apiKey: "key");
                    services.AddOpenAIChatCompletion("gpt-4o", {|#3:new Uri("https://api.openai.com/v1")|}, "key");
                    builder.AddOpenAIChatCompletion("gpt-4o", "key");
                }
            }
            """,
            Diagnostic(0, "support-bot", "bedrock-runtime.us-east-1.amazonaws.com", "US", "SG, JP"),
            Diagnostic(1, "support-bot", "koreacentral.api.cognitive.microsoft.com", "KR", "SG, JP"),
            Diagnostic(2, "support-bot", "api.anthropic.com", "US", "SG, JP"),
            Diagnostic(3, "support-bot", "api.openai.com", "US", "SG, JP")).RunAsync();

    [Fact]
    public Task Loopback_unknown_and_resource_named_hosts_are_never_reported() =>
        Test<EndpointOutsideResidencyAnalyzer>(
            """
            using System;
            using AiCompliance;
            using Azure.AI.OpenAI;
            using OllamaSharp;
            using OpenAI;

            [AiModel("support-bot")]
            [DataResidency("SG")]
            public sealed class SupportBot
            {
                private readonly OllamaApiClient _local = new("http://localhost:11434");
                private readonly OllamaApiClient _loopback = new(new Uri("http://127.8.0.1:11434"));
                private readonly OllamaApiClient _ipv6 = new(new Uri("http://[::1]:11434"));
                private readonly OllamaApiClient _bare = new("api.openai.com:443");
                private readonly AzureOpenAIClient _resource = new(new Uri("https://contoso.openai.azure.com/"), new System.ClientModel.ApiKeyCredential("key"));
                private readonly AzureOpenAIClient _newRegion = new(new Uri("https://marsnorth.api.cognitive.microsoft.com/"), new System.ClientModel.ApiKeyCredential("key"));
                private readonly OpenAIClientOptions _lookalike = new() { Endpoint = new Uri("https://api.openai.com.example.net/v1") };
                private readonly OpenAIClientOptions _userInfo = new() { Endpoint = new Uri("https://api.openai.com@example.net/v1") };
                private readonly OpenAIClientOptions _proxy = new() { Endpoint = new Uri("https://example.net/api.openai.com") };
                private readonly OpenAIClientOptions _default = new() { Endpoint = null };
            }
            """).RunAsync();

    [Fact]
    public Task Endpoints_that_are_not_constant_are_never_guessed() =>
        Test<EndpointOutsideResidencyAnalyzer>(
            """
            using System;
            using AiCompliance;
            using Azure.AI.OpenAI;
            using OpenAI;

            [AiModel("support-bot")]
            [DataResidency("SG")]
            public sealed class SupportBot
            {
                private static readonly Uri Configured = new("https://api.openai.com/v1");
                private static readonly Uri Base = new("https://api.openai.com/");

                public OpenAIClientOptions Options(string endpoint)
                {
                    var local = "https://api.openai.com/v1";
                    _ = new AzureOpenAIClient(new Uri(Environment.GetEnvironmentVariable("ENDPOINT")!), new System.ClientModel.ApiKeyCredential("key"));
                    _ = new OpenAIClientOptions { Endpoint = new Uri(local) };
                    _ = new OpenAIClientOptions { Endpoint = new Uri(Base, "v1") };
                    _ = new OpenAIClientOptions { Endpoint = new Uri(endpoint) };
                    return new OpenAIClientOptions { Endpoint = Configured };
                }
            }
            """).RunAsync();

    [Fact]
    public Task A_transfer_with_a_mechanism_covers_the_country_and_one_without_does_not() =>
        Test<EndpointOutsideResidencyAnalyzer>(
            """
            using System;
            using AiCompliance;
            using OpenAI;

            [AiModel("covered-bot")]
            [DataResidency("SG", "JP")]
            [DataTransfer("jp", " US ", Mechanism = "Standard contractual clauses")]
            public sealed class CoveredBot
            {
                private readonly OpenAIClientOptions _options = new() { Endpoint = new Uri("https://api.openai.com/v1") };
            }

            [AiModel("unlawful-bot")]
            [DataResidency("SG")]
            [DataTransfer("SG", "US")]
            [DataTransfer("US", "SG", Mechanism = "Standard contractual clauses")]
            public sealed class UnlawfulBot
            {
                private readonly OpenAIClientOptions _options = new() { Endpoint = {|#0:new Uri("https://api.openai.com/v1")|} };
            }

            [AiModel("silent-bot")]
            public sealed class SilentBot
            {
                private readonly OpenAIClientOptions _options = new() { Endpoint = new Uri("https://api.openai.com/v1") };
            }
            """,
            Diagnostic(0, "unlawful-bot", "api.openai.com", "US", "SG")).RunAsync();

    [Fact]
    public Task An_eu_endpoint_is_in_every_member_state_so_one_member_state_does_not_hold_it() =>
        Test<EndpointOutsideResidencyAnalyzer>(
            """
            using System;
            using AiCompliance;
            using OpenAI;

            [AiModel("berlin-bot")]
            [DataResidency("DE")]
            public sealed class BerlinBot
            {
                private readonly OpenAIClientOptions _options = new() { Endpoint = {|#0:new Uri("https://eu.api.openai.com/v1")|} };
            }

            [AiModel("europe-bot")]
            [DataResidency("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK")]
            public sealed class EuropeBot
            {
                private readonly OpenAIClientOptions _options = new() { Endpoint = new Uri("https://eu.api.openai.com/v1") };
            }
            """,
            Diagnostic(0, "berlin-bot", "eu.api.openai.com", "AT, BE, BG +23 more", "DE")).RunAsync();
}
