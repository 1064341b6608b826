// family: AWS Bedrock
// AWSSDK.BedrockRuntime: AmazonBedrockRuntimeClient / IAmazonBedrockRuntime call hosted foundation models; requests,
// messages, content blocks, inference configuration, responses and the client config are data.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Amazon;
using Amazon.BedrockRuntime;
using Amazon.BedrockRuntime.Model;
using Amazon.Runtime;

// expect: report — a console program that calls Converse on Bedrock
using var bedrock = new AmazonBedrockRuntimeClient(RegionEndpoint.USEast1);
var reply = await bedrock.ConverseAsync(new ConverseRequest
{
    ModelId = "anthropic.claude-3-haiku-20240307-v1:0",
    Messages = [new Message { Role = ConversationRole.User, Content = [new ContentBlock { Text = "Hello" }] }],
});
Console.WriteLine(reply.Output.Message?.Content[0].Text);

namespace Retail.Bedrock
{
    // expect: report — holds IAmazonBedrockRuntime and writes product descriptions
    public sealed class ProductCopywriter(IAmazonBedrockRuntime bedrock)
    {
        public async Task<string?> DescribeAsync(string product)
        {
            var response = await bedrock.ConverseAsync(ConverseRequests.Single(BedrockModels.Haiku, "Describe: " + product));
            return response.Output.Message?.Content.FirstOrDefault()?.Text;
        }
    }

    // expect: report — invokes a Titan embedding model with a raw JSON body
    public sealed class TitanEmbedder(IAmazonBedrockRuntime bedrock)
    {
        public async Task<float[]> EmbedAsync(string text)
        {
            var request = new InvokeModelRequest { ModelId = BedrockModels.TitanEmbed, Body = new MemoryStream(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { inputText = text }))) };
            var response = await bedrock.InvokeModelAsync(request);
            return JsonDocument.Parse(response.Body.ToArray()).RootElement.GetProperty("embedding").EnumerateArray().Select(e => e.GetSingle()).ToArray();
        }
    }

    // expect: report — creates the Bedrock client with explicit credentials and config
    public static class BedrockClientFactory
    {
        public static IAmazonBedrockRuntime Create(BedrockSettings settings) =>
            new AmazonBedrockRuntimeClient(new BasicAWSCredentials(settings.AccessKey, settings.SecretKey), new AmazonBedrockRuntimeConfig { RegionEndpoint = RegionEndpoint.GetBySystemName(settings.Region) });
    }

    // expect: report — a support chat that keeps the conversation and calls Converse
    public sealed class SupportChat(AmazonBedrockRuntimeClient client)
    {
        private readonly List<Message> _messages = [];

        public async Task<string> SendAsync(string text)
        {
            _messages.Add(new Message { Role = ConversationRole.User, Content = [new ContentBlock { Text = text }] });
            var response = await client.ConverseAsync(new ConverseRequest { ModelId = BedrockModels.Sonnet, Messages = _messages, InferenceConfig = InferencePresets.Chat });
            _messages.Add(response.Output.Message!);
            return response.Output.Message?.Content[0].Text ?? "";
        }
    }

    // expect: report — review moderation with a guard model on Bedrock
    public sealed class ReviewModerator(IAmazonBedrockRuntime bedrock)
    {
        public async Task<bool> IsAcceptableAsync(string review) =>
            (await bedrock.ConverseAsync(ConverseRequests.Single(BedrockModels.Haiku, "Answer yes or no: is this review acceptable? " + review))).Output.Message?.Content[0].Text?.StartsWith("yes", StringComparison.OrdinalIgnoreCase) == true;
    }

    // expect: none — model identifiers as constants
    public static class BedrockModels
    {
        public const string Haiku = "anthropic.claude-3-haiku-20240307-v1:0";
        public const string Sonnet = "anthropic.claude-3-5-sonnet-20240620-v1:0";
        public const string TitanEmbed = "amazon.titan-embed-text-v2:0";
    }

    // expect: none — builds Converse requests; a request is data
    public static class ConverseRequests
    {
        public static ConverseRequest Single(string modelId, string text) => new()
        {
            ModelId = modelId,
            Messages = [new Message { Role = ConversationRole.User, Content = [new ContentBlock { Text = text }] }],
            System = [new SystemContentBlock { Text = "Be brief." }],
        };
    }

    // expect: none — inference configuration presets; request parameters
    public static class InferencePresets
    {
        public static InferenceConfiguration Chat => new() { MaxTokens = 512, Temperature = 0.5f, TopP = 0.9f };
        public static InferenceConfiguration Deterministic => new() { MaxTokens = 256, Temperature = 0 };
    }

    // expect: none — region and credentials as configuration
    public sealed class BedrockSettings
    {
        public string Region { get; set; } = "us-east-1";
        public string AccessKey { get; set; } = "";
        public string SecretKey { get; set; } = "";
    }

    // expect: none — reads text and token usage off a Converse response; data
    public static class ConverseResponseReader
    {
        public static (string Text, int Tokens) Read(ConverseResponse response) =>
            (response.Output.Message?.Content.FirstOrDefault()?.Text ?? "", (response.Usage.InputTokens ?? 0) + (response.Usage.OutputTokens ?? 0));
    }

    // expect: none — the client configuration (region, endpoint override); configuration
    public static class ClientConfigs
    {
        public static AmazonBedrockRuntimeConfig Local => new() { ServiceURL = "http://localhost:4566" };
    }

    // expect: none — a transcript DTO of Bedrock messages
    public sealed class Transcript
    {
        public List<Message> Messages { get; } = [];
    }

    // expect: none — product copy DTO stored in the catalogue
    public sealed record ProductCopy(string Sku, string Text, DateTimeOffset GeneratedAt);

    // expect: none — cost estimate from token counts; usage is data
    public static class CostEstimator
    {
        public static decimal Estimate(TokenUsage usage) => (usage.InputTokens ?? 0) * 0.00000025m + (usage.OutputTokens ?? 0) * 0.00000125m;
    }

    // expect: none — the interface of copywriting; its implementation is reported once
    public interface ICopywriter
    {
        Task<string?> DescribeAsync(string product);
    }

    // expect: report — implements ICopywriter over the Bedrock runtime client
    public sealed class BedrockCopywriter(IAmazonBedrockRuntime bedrock) : ICopywriter
    {
        public Task<string?> DescribeAsync(string product) => new ProductCopywriter(bedrock).DescribeAsync(product);
    }
}
