// rule: AIC403
// Declared models with a data residency that send data to AI endpoints. A constant endpoint whose host the
// jurisdiction table places outside the residency, with no [DataTransfer(from, to)] covering it, is reported on the
// URI argument; loopback, unknown hosts and values that are not constants never are.
using System;
using System.ClientModel;
using AiCompliance;
using Azure.AI.OpenAI;
using Microsoft.Extensions.Configuration;
using Microsoft.SemanticKernel;
using OllamaSharp;
using OpenAI;

namespace Corpus.Residency
{
    // case: a Singapore bank sends prompts to the OpenAI API in the US
    [AiModel("remittancehelper", BaseModel = "gpt-4o")]
    [DataResidency("SG")]
    public sealed class RemittanceHelper
    {
        public OpenAIClientOptions Options() => new() { Endpoint = new Uri("https://api.openai.com/v1") }; // expect: AIC403
    }

    // case: a Singapore hospital sends notes to OpenAI's EU data-residency host
    [AiModel("clinicalcoder", BaseModel = "gpt-4o")]
    [DataResidency("SG")]
    public sealed class ClinicalCoder
    {
        public OpenAIClientOptions Options() => new() { Endpoint = new Uri("https://eu.api.openai.com/v1") }; // expect: AIC403
    }

    // case: a Japanese agency's Azure resource is in East US
    [AiModel("pensionnotices", BaseModel = "gpt-4o")]
    [DataResidency("JP")]
    public sealed class PensionNotices
    {
        public AzureOpenAIClient Client(string key) => new(new Uri("https://eastus.api.cognitive.microsoft.com/"), new ApiKeyCredential(key)); // expect: AIC403
    }

    // case: a Singapore school registers a Japan East Azure endpoint through Semantic Kernel
    [AiModel("reportcardwriter", BaseModel = "gpt-4o")]
    [DataResidency("SG")]
    public static class ReportCardWriter
    {
        public static IKernelBuilder Configure(IKernelBuilder builder, string key) =>
            builder.AddAzureOpenAIChatCompletion("reports", "https://japaneast.api.cognitive.microsoft.com/", key); // expect: AIC403
    }

    // case: a Singapore insurer calls Bedrock's OpenAI-compatible endpoint in us-east-1
    [AiModel("claimssummary", BaseModel = "gpt-4o")]
    [DataResidency("SG")]
    public sealed class ClaimsSummary
    {
        public OpenAIClientOptions Options() => new() { Endpoint = new Uri("https://bedrock-runtime.us-east-1.amazonaws.com/openai/v1") }; // expect: AIC403
    }

    // case: a Singapore ministry calls Vertex AI in us-central1
    [AiModel("grantreviewer", BaseModel = "gpt-4o")]
    [DataResidency("SG")]
    public sealed class GrantReviewer
    {
        public OpenAIClientOptions Options() => new() { Endpoint = new Uri("https://us-central1-aiplatform.googleapis.com/v1/projects/moe/locations/us-central1/endpoints/openapi") }; // expect: AIC403
    }

    // case: a transfer to Japan does not cover a US endpoint
    [AiModel("tradefinancebot", BaseModel = "gpt-4o")]
    [DataResidency("SG")]
    [DataTransfer("SG", "JP", Mechanism = "contract")]
    public sealed class TradeFinanceBot
    {
        public OpenAIClientOptions Options() => new() { Endpoint = new Uri("https://api.openai.com/v1") }; // expect: AIC403
    }

    // case: a residency of Singapore and Japan does not include East US
    [AiModel("shippingdocsreader", BaseModel = "gpt-4o")]
    [DataResidency("SG", "JP")]
    public sealed class ShippingDocsReader
    {
        public AzureOpenAIClient Client(string key) => new(new Uri("https://eastus.api.cognitive.microsoft.com/"), new ApiKeyCredential(key)); // expect: AIC403
    }

    // case: the endpoint is a const string folded into new Uri
    [AiModel("wealthnewsletter", BaseModel = "gpt-4o")]
    [DataResidency("SG")]
    public sealed class WealthNewsletter
    {
        private const string OpenAiEndpoint = "https://api.openai.com/v1/";

        public OpenAIClientOptions Options() => new() { Endpoint = new Uri(OpenAiEndpoint) }; // expect: AIC403
    }

    // case: Semantic Kernel's OpenAI connector with an explicit US endpoint
    [AiModel("libraryreference", BaseModel = "gpt-4o")]
    [DataResidency("SG")]
    public static class LibraryReference
    {
        public static IKernelBuilder Configure(IKernelBuilder builder, string key) =>
            builder.AddOpenAIChatCompletion(modelId: "gpt-4o", endpoint: new Uri("https://api.openai.com/v1"), apiKey: key); // expect: AIC403
    }

    // case: the endpoint is assigned in a method after construction
    [AiModel("hdbenquiries", BaseModel = "gpt-4o")]
    [DataResidency("SG")]
    public sealed class HdbEnquiries
    {
        public OpenAIClientOptions Options()
        {
            var options = new OpenAIClientOptions();
            options.Endpoint = new Uri("https://eu.api.openai.com/v1"); // expect: AIC403
            return options;
        }
    }

    // case: an explicit port does not change the host
    [AiModel("cpfstatements", BaseModel = "gpt-4o")]
    [DataResidency("SG")]
    public sealed class CpfStatements
    {
        public OpenAIClientOptions Options() => new() { Endpoint = new Uri("https://api.openai.com:443/v1") }; // expect: AIC403
    }

    // case: an upper-case host is the same host
    [AiModel("courttranscripts", BaseModel = "gpt-4o")]
    [DataResidency("SG")]
    public sealed class CourtTranscripts
    {
        public OpenAIClientOptions Options() => new() { Endpoint = new Uri("https://API.OPENAI.COM/v1") }; // expect: AIC403
    }

    // case: a Vietnamese bank's residency excludes the US
    [AiModel("vnloanadvisor", BaseModel = "gpt-4o")]
    [DataResidency("VN")]
    public sealed class VnLoanAdvisor
    {
        public OpenAIClientOptions Options() => new() { Endpoint = new Uri("https://api.openai.com/v1") }; // expect: AIC403
    }

    // case: an Ollama client pointed at a US Azure regional host
    [AiModel("polyclinicqueue", BaseModel = "gpt-4o")]
    [DataResidency("SG")]
    public sealed class PolyclinicQueue
    {
        public OllamaApiClient Client() => new(new Uri("https://eastus.api.cognitive.microsoft.com/")); // expect: AIC403
    }

    // case: a transfer from Singapore to the US does not cover Japan East
    [AiModel("tuitiongrants", BaseModel = "gpt-4o")]
    [DataResidency("SG")]
    [DataTransfer("SG", "US", Mechanism = "contract")]
    public sealed class TuitionGrants
    {
        public AzureOpenAIClient Client(string key) => new(new Uri("https://japaneast.api.cognitive.microsoft.com/"), new ApiKeyCredential(key)); // expect: AIC403
    }

    // case: a Singapore bank uses Bedrock in ap-southeast-1
    [AiModel("sgpaymentsfaq", BaseModel = "gpt-4o")]
    [DataResidency("SG")]
    public sealed class SgPaymentsFaq
    {
        public OpenAIClientOptions Options() => new() { Endpoint = new Uri("https://bedrock-runtime.ap-southeast-1.amazonaws.com/openai/v1") };
    }

    // case: a Singapore hospital uses the Southeast Asia Azure region
    [AiModel("wardroster", BaseModel = "gpt-4o")]
    [DataResidency("SG")]
    public sealed class WardRoster
    {
        public AzureOpenAIClient Client(string key) => new(new Uri("https://southeastasia.api.cognitive.microsoft.com/"), new ApiKeyCredential(key));
    }

    // case: a Singapore agency's transfer to the US covers the OpenAI API
    [AiModel("immigrationfaq", BaseModel = "gpt-4o")]
    [DataResidency("SG")]
    [DataTransfer("SG", "US", Mechanism = "ASEAN MCC")]
    public sealed class ImmigrationFaq
    {
        public OpenAIClientOptions Options() => new() { Endpoint = new Uri("https://api.openai.com/v1") };
    }

    // case: a clinic runs Ollama on localhost
    [AiModel("onpremtriage", BaseModel = "gpt-4o")]
    [DataResidency("SG")]
    public sealed class OnPremTriage
    {
        public OllamaApiClient Client() => new(new Uri("http://localhost:11434"));
    }

    // case: a school runs its model on 127.0.0.1
    [AiModel("offlinetutor", BaseModel = "gpt-4o")]
    [DataResidency("SG")]
    public sealed class OfflineTutor
    {
        public OllamaApiClient Client() => new("http://127.0.0.1:11434");
    }

    // case: a bank's own gateway host is unknown to the table
    [AiModel("internalgateway", BaseModel = "gpt-4o")]
    [DataResidency("SG")]
    public sealed class InternalGateway
    {
        public OpenAIClientOptions Options() => new() { Endpoint = new Uri("https://llm.internal.dbs.example/v1") };
    }

    // case: an Azure resource host names no region
    [AiModel("resourcehostonly", BaseModel = "gpt-4o")]
    [DataResidency("SG")]
    public sealed class ResourceHostOnly
    {
        public AzureOpenAIClient Client(string key) => new(new Uri("https://moh-chat.openai.azure.com/"), new ApiKeyCredential(key));
    }

    // case: the endpoint comes from configuration
    [AiModel("configuredendpoint", BaseModel = "gpt-4o")]
    [DataResidency("SG")]
    public sealed class ConfiguredEndpoint
    {
        public OpenAIClientOptions Options(IConfiguration configuration) => new() { Endpoint = new Uri(configuration["Ai:Endpoint"]!) };
    }

    // case: the endpoint is a static readonly Uri, not a constant
    [AiModel("readonlyendpoint", BaseModel = "gpt-4o")]
    [DataResidency("SG")]
    public sealed class ReadonlyEndpoint
    {
        private static readonly Uri Endpoint = new("https://api.openai.com/v1");

        public OpenAIClientOptions Options() => new() { Endpoint = Endpoint };
    }

    // case: a model that declares no residency
    [AiModel("noresidencydeclared", BaseModel = "gpt-4o")]
    public sealed class NoResidencyDeclared
    {
        public OpenAIClientOptions Options() => new() { Endpoint = new Uri("https://api.openai.com/v1") };
    }

    // case: a US residency includes the OpenAI API
    [AiModel("usbenefitsbot", BaseModel = "gpt-4o")]
    [DataResidency("US")]
    public sealed class UsBenefitsBot
    {
        public OpenAIClientOptions Options() => new() { Endpoint = new Uri("https://api.openai.com/v1") };
    }

    // case: a Japanese model in Japan East
    [AiModel("jptaxhelper", BaseModel = "gpt-4o")]
    [DataResidency("JP")]
    public sealed class JpTaxHelper
    {
        public AzureOpenAIClient Client(string key) => new(new Uri("https://japaneast.api.cognitive.microsoft.com/"), new ApiKeyCredential(key));
    }

    // case: a Singapore model on Vertex AI in asia-southeast1
    [AiModel("sgvertextutor", BaseModel = "gpt-4o")]
    [DataResidency("SG")]
    public sealed class SgVertexTutor
    {
        public OpenAIClientOptions Options() => new() { Endpoint = new Uri("https://asia-southeast1-aiplatform.googleapis.com/v1/projects/moe/locations/asia-southeast1/endpoints/openapi") };
    }

    // case: a Vietnamese model with a covered transfer to Singapore
    [AiModel("vnclaimshelper", BaseModel = "gpt-4o")]
    [DataResidency("VN")]
    [DataTransfer("VN", "SG", Mechanism = "ASEAN MCC")]
    public sealed class VnClaimsHelper
    {
        public AzureOpenAIClient Client(string key) => new(new Uri("https://southeastasia.api.cognitive.microsoft.com/"), new ApiKeyCredential(key));
    }

    // case: a US URL only in a help text, never sent to
    [AiModel("helptextonly", BaseModel = "gpt-4o")]
    [DataResidency("SG")]
    public sealed class HelpTextOnly
    {
        public string Help() => "See https://api.openai.com/docs for details";
    }

    // case: the endpoint is a method parameter
    [AiModel("parameterendpoint", BaseModel = "gpt-4o")]
    [DataResidency("SG")]
    public sealed class ParameterEndpoint
    {
        public OpenAIClientOptions Options(Uri endpoint) => new() { Endpoint = endpoint };
    }
}
