// rule: AIC401
// Declared models of banks, hospitals, schools and public agencies that pass model names to OpenAI, Azure OpenAI,
// Microsoft.Extensions.AI, Semantic Kernel and OllamaSharp. A constant name other than the declared BaseModel (or any
// constant name when none is declared) is reported on the constant; deployment names, values the compiler does not
// fold and code outside the [AiModel] type are not.
using System;
using System.ClientModel;
using System.Collections.Generic;
using System.Threading.Tasks;
using AiCompliance;
using Azure.AI.OpenAI;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using OllamaSharp;
using OpenAI;
using OpenAI.Chat;
using OpenAI.Embeddings;

namespace Corpus.CalledModels
{
    // case: a retail bank's dispute assistant declares gpt-4o-mini but builds its client on gpt-4.1
    [AiModel("card-dispute-assistant", BaseModel = "gpt-4o-mini")]
    public sealed class CardDisputeAssistant
    {
        private readonly ChatClient _chat = new("gpt-4.1", Environment.GetEnvironmentVariable("OPENAI_API_KEY")); // expect: AIC401

        public string Triage(string dispute) => _chat.CompleteChat(dispute).Value.Content[0].Text;
    }

    // case: a hospital discharge summariser keeps the called model in a const that differs from BaseModel
    [AiModel("discharge-summariser", BaseModel = "gpt-4o")]
    public sealed class DischargeSummariser(OpenAIClient client)
    {
        private const string SummaryModel = "gpt-4.1-mini";

        public ChatClient Chat() => client.GetChatClient(SummaryModel); // expect: AIC401
    }

    // case: a school essay-feedback model pins gpt-4o-mini and declares no BaseModel at all
    [AiModel("essay-feedback")]
    public sealed class EssayFeedback(string apiKey)
    {
        public async Task<string> CommentAsync(string essay)
        {
            var chat = new ChatClient("gpt-4o-mini", apiKey); // expect: AIC401
            ChatCompletion reply = await chat.CompleteChatAsync(new UserChatMessage(essay));
            return reply.Content[0].Text;
        }
    }

    // case: a tax agency's letter drafter sets ChatOptions.ModelId in an initializer to another model
    [AiModel("tax-letter-drafter", BaseModel = "gpt-4o")]
    public sealed class TaxLetterDrafter(IChatClient client)
    {
        private readonly ChatOptions _options = new() { ModelId = "gpt-4.1", Temperature = 0.2f }; // expect: AIC401

        public Task<ChatResponse> DraftAsync(string facts) => client.GetResponseAsync(facts, _options);
    }

    // case: an insurer's claims reader assigns ModelId on a local ChatOptions to a reasoning model
    [AiModel("claims-reader", BaseModel = "gpt-4o-mini")]
    public sealed class ClaimsReader(IChatClient client)
    {
        public async Task<string> ReadAsync(string claim)
        {
            var options = new ChatOptions();
            options.ModelId = "o3-mini"; // expect: AIC401
            return (await client.GetResponseAsync(claim, options)).Text;
        }
    }

    // case: a pension fund's kernel registers an OpenAI chat model other than the declared one
    [AiModel("pension-helpdesk", BaseModel = "gpt-4o")]
    public static class PensionHelpdesk
    {
        public static Kernel Build(string apiKey)
        {
            var builder = Kernel.CreateBuilder();
            builder.AddOpenAIChatCompletion("gpt-4.1-mini", apiKey); // expect: AIC401
            return builder.Build();
        }
    }

    // case: a university admissions service registers o4-mini on the service collection with named arguments
    [AiModel("admissions-screener", BaseModel = "gpt-4o")]
    public static class AdmissionsScreener
    {
        public static IServiceCollection AddScreener(this IServiceCollection services, string apiKey) =>
            services.AddOpenAIChatCompletion(modelId: "o4-mini", apiKey: apiKey); // expect: AIC401
    }

    // case: a ministry's Azure registration names a deployment and a modelId; only the modelId contradicts
    [AiModel("permit-advisor", BaseModel = "gpt-4o")]
    public static class PermitAdvisor
    {
        public static IKernelBuilder Configure(IKernelBuilder builder, string apiKey) =>
            builder.AddAzureOpenAIChatCompletion(
                deploymentName: "permits-prod",
                endpoint: "https://permits.openai.azure.com/",
                apiKey: apiKey,
                modelId: "gpt-4o-mini"); // expect: AIC401
    }

    // case: a clinic's on-premises triage model runs llama3.1 through Ollama while declaring llama3.2
    [AiModel("ward-triage-notes", BaseModel = "llama3.2")]
    public sealed class WardTriageNotes
    {
        private readonly OllamaApiClient _ollama = new(new Uri("http://localhost:11434"), "llama3.1:8b"); // expect: AIC401

        public IChatClient Client => _ollama;
    }

    // case: a school district switches the Ollama SelectedModel to mistral at start-up
    [AiModel("timetable-helper", BaseModel = "llama3.2")]
    public sealed class TimetableHelper
    {
        private readonly OllamaApiClient _ollama = new("http://localhost:11434", "llama3.2");

        public void UseFastModel() => _ollama.SelectedModel = "mistral"; // expect: AIC401
    }

    // case: a savings bank composes the model name from constants in an interpolated string
    [AiModel("savings-coach", BaseModel = "gpt-4o")]
    public sealed class SavingsCoach(OpenAIClient client)
    {
        private const string Family = "gpt-4o";

        public ChatClient Chat() => client.GetChatClient($"{Family}-mini"); // expect: AIC401
    }

    // case: a land registry concatenates two constants into the model name
    [AiModel("deed-reader", BaseModel = "gpt-4.1")]
    public sealed class DeedReader(OpenAIClient client)
    {
        private const string Family = "gpt-4.1";
        private const string Size = "-nano";

        public ChatClient Chat() => client.GetChatClient(Family + Size); // expect: AIC401
    }

    // case: a fraud desk calls the declared model and falls back to a cheaper one; only the fallback is reported
    [AiModel("fraud-explainer", BaseModel = "gpt-4o")]
    public sealed class FraudExplainer(OpenAIClient client)
    {
        public ChatClient Primary() => client.GetChatClient("gpt-4o");

        public ChatClient Fallback() => client.GetChatClient("gpt-4o-mini"); // expect: AIC401
    }

    // case: a transport authority creates its client in an expression-bodied property on a retired model
    [AiModel("fare-enquiries", BaseModel = "gpt-4o")]
    public sealed class FareEnquiries(string apiKey)
    {
        public ChatClient Chat => new("gpt-3.5-turbo", apiKey); // expect: AIC401
    }

    // case: a hospital pharmacy model declares BaseModel on one partial part and calls another model in the other
    [AiModel("dose-checker", BaseModel = "gpt-4o")]
    public sealed partial class DoseChecker
    {
        public string Check(string prescription) => Chat().CompleteChat(prescription).Value.Content[0].Text;
    }

    // case: the second part of the pharmacy model picks o1 for the same checks
    public sealed partial class DoseChecker
    {
        private ChatClient Chat() => new("o1", Environment.GetEnvironmentVariable("OPENAI_API_KEY")); // expect: AIC401
    }

    // case: a court-records summariser assigns its ChatClient field in the constructor with a target-typed new
    [AiModel("hearing-summariser", BaseModel = "gpt-4o")]
    public sealed class HearingSummariser
    {
        private readonly ChatClient _summaries;

        public HearingSummariser(string apiKey) => _summaries = new("gpt-4.1", apiKey); // expect: AIC401

        public string Summarise(string transcript) => _summaries.CompleteChat(transcript).Value.Content[0].Text;
    }

    // case: a credit union keeps the model in a const local inside the method
    [AiModel("loan-eligibility-explainer", BaseModel = "gpt-4o-mini")]
    public sealed class LoanEligibilityExplainer(OpenAIClient client)
    {
        public ChatClient Chat()
        {
            const string model = "gpt-4o";
            return client.GetChatClient(model); // expect: AIC401
        }
    }

    // case: a benefits agency's const switch folds to the larger model, not the declared mini
    [AiModel("benefits-letters", BaseModel = "gpt-4o-mini")]
    public sealed class BenefitsLetters(OpenAIClient client)
    {
        private const bool UseLargeModel = true;

        public ChatClient Chat() => client.GetChatClient(UseLargeModel ? "gpt-4o" : "gpt-4o-mini"); // expect: AIC401
    }

    // case: a bank's complaint classifier calls exactly the declared model
    [AiModel("complaint-classifier", BaseModel = "gpt-4o-mini")]
    public sealed class ComplaintClassifier(string apiKey)
    {
        private readonly ChatClient _chat = new("gpt-4o-mini", apiKey);

        public string Classify(string complaint) => _chat.CompleteChat(complaint).Value.Content[0].Text;
    }

    // case: a hospital's model name differs from BaseModel only in case and surrounding spaces
    [AiModel("radiology-report-drafter", BaseModel = "GPT-4o")]
    public sealed class RadiologyReportDrafter(OpenAIClient client)
    {
        public ChatClient Chat() => client.GetChatClient(" gpt-4o ");
    }

    // case: a ministry's Azure OpenAI deployment is named by its owner and says nothing about the model
    [AiModel("citizen-faq", BaseModel = "gpt-4o")]
    public sealed class CitizenFaq
    {
        private readonly AzureOpenAIClient _azure = new(new Uri("https://citizen-faq.openai.azure.com/"), new ApiKeyCredential("key"));

        public ChatClient Chat() => _azure.GetChatClient("faq-prod-2025-03");
    }

    // case: a school board registers an Azure deployment through Semantic Kernel without a modelId
    [AiModel("parent-newsletter", BaseModel = "gpt-4o-mini")]
    public static class ParentNewsletter
    {
        public static IKernelBuilder Configure(IKernelBuilder builder, string apiKey) =>
            builder.AddAzureOpenAIChatCompletion("newsletter-deployment", "https://schools.openai.azure.com/", apiKey);
    }

    // case: an investment firm's model name sits in a static readonly field, which the compiler does not fold
    [AiModel("portfolio-commentary", BaseModel = "gpt-4o")]
    public sealed class PortfolioCommentary(OpenAIClient client)
    {
        private static readonly string CommentaryModel = "gpt-4.1";

        public ChatClient Chat() => client.GetChatClient(CommentaryModel);
    }

    // case: a city council assigns a literal to a var local before passing it: not a constant, not guessed
    [AiModel("planning-objections", BaseModel = "gpt-4o")]
    public sealed class PlanningObjections(OpenAIClient client)
    {
        public ChatClient Chat()
        {
            var model = "gpt-4.1";
            return client.GetChatClient(model);
        }
    }

    // case: a hospital reads the model name from configuration
    [AiModel("referral-letters", BaseModel = "gpt-4o")]
    public sealed class ReferralLetters(IConfiguration configuration, string apiKey)
    {
        public ChatClient Chat() => new(configuration["Ai:ReferralModel"], apiKey);
    }

    // case: a polytechnic reads the model from an environment variable set by its deployment pipeline
    [AiModel("lab-safety-quiz", BaseModel = "gpt-4o-mini")]
    public sealed class LabSafetyQuiz(OpenAIClient client)
    {
        public ChatClient Chat() => client.GetChatClient(Environment.GetEnvironmentVariable("QUIZ_MODEL") ?? "unset");
    }

    // case: a rural clinic's Ollama client leaves the default model out
    [AiModel("clinic-translator", BaseModel = "llama3.2")]
    public sealed class ClinicTranslator
    {
        private readonly OllamaApiClient _ollama = new(new Uri("http://localhost:11434"));

        public IChatClient Client => _ollama;
    }

    // case: a housing agency clears ModelId to let the client's default apply
    [AiModel("tenancy-advice", BaseModel = "gpt-4o")]
    public sealed class TenancyAdvice(IChatClient client)
    {
        public Task<ChatResponse> AskAsync(string question) => client.GetResponseAsync(question, new ChatOptions { ModelId = null });
    }

    // case: a bank takes the model name as a method parameter chosen by its caller
    [AiModel("statement-explainer", BaseModel = "gpt-4o")]
    public sealed class StatementExplainer(OpenAIClient client)
    {
        public ChatClient Chat(string model) => client.GetChatClient(model);
    }

    // helper: a shared client factory outside any declared model, as a bank's platform team would write it
    public static class PlatformChatClients
    {
        public static ChatClient Create(string apiKey) => new("gpt-4.1", apiKey);
    }

    // case: a library's search model also embeds documents; the embedding model is not the chat model compared
    [AiModel("catalogue-search", BaseModel = "gpt-4o-mini")]
    public sealed class CatalogueSearch(OpenAIClient client)
    {
        public EmbeddingClient Embeddings() => client.GetEmbeddingClient("text-embedding-3-small");

        public ChatClient Chat() => client.GetChatClient("gpt-4o-mini");
    }

    // case: a court service names another model only in a log line, never in a call
    [AiModel("case-listing-helper", BaseModel = "gpt-4o")]
    public sealed class CaseListingHelper(OpenAIClient client)
    {
        private const string PreviousModel = "gpt-4-turbo";

        public ChatClient Chat()
        {
            Console.WriteLine($"Migrated from {PreviousModel}");
            return client.GetChatClient("gpt-4o");
        }
    }

    // case: a credit bureau receives its ChatClient from dependency injection and names no model itself
    [AiModel("score-explainer", BaseModel = "gpt-4o")]
    public sealed class ScoreExplainer(ChatClient chat)
    {
        public string Explain(string factors) => chat.CompleteChat(factors).Value.Content[0].Text;
    }

    // case: a school's const switch folds to the declared mini model
    [AiModel("homework-hints", BaseModel = "gpt-4o-mini")]
    public sealed class HomeworkHints(OpenAIClient client)
    {
        private const bool UseLargeModel = false;

        public ChatClient Chat() => client.GetChatClient(UseLargeModel ? "gpt-4o" : "gpt-4o-mini");
    }

    // case: a social-security kernel registers the declared model with named arguments in another order
    [AiModel("pension-claims", BaseModel = "gpt-4o")]
    public static class PensionClaims
    {
        public static IKernelBuilder Configure(IKernelBuilder builder, string apiKey) =>
            builder.AddOpenAIChatCompletion(apiKey: apiKey, modelId: "gpt-4o");
    }

    // case: a hospital's Ollama model selection matches the declaration exactly
    [AiModel("nurse-handover", BaseModel = "llama3.2")]
    public sealed class NurseHandover
    {
        private readonly OllamaApiClient _ollama = new("http://localhost:11434", "llama3.2");

        public void Reset() => _ollama.SelectedModel = "llama3.2";
    }

    // case: a payments model sets an unrelated ChatOptions property and keeps the provider's model
    [AiModel("payment-memo-writer", BaseModel = "gpt-4o-mini")]
    public sealed class PaymentMemoWriter(IChatClient client)
    {
        private readonly ChatOptions _options = new() { Temperature = 0, MaxOutputTokens = 200 };

        public Task<ChatResponse> WriteAsync(string payment) => client.GetResponseAsync(payment, _options);
    }
}
