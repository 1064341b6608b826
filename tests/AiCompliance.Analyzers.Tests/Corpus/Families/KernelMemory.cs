// family: Kernel Memory
// Kernel Memory: IKernelMemory (MemoryServerless, MemoryWebClient) and the KernelMemoryBuilder that creates it answer
// with a model; documents, tags, filters, answers, citations, search results and AI configs are data.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.KernelMemory;
using Microsoft.KernelMemory.AI;

// expect: report — a console program that builds a serverless memory, imports and asks
var memory = new KernelMemoryBuilder().WithOpenAIDefaults(Environment.GetEnvironmentVariable("OPENAI_API_KEY") ?? "").Build<MemoryServerless>();
await memory.ImportDocumentAsync("handbook.pdf", documentId: "handbook");
Console.WriteLine((await memory.AskAsync("How many vacation days do I have?")).Result);

namespace Hr.Memory
{
    // expect: report — holds IKernelMemory and answers policy questions
    public sealed class PolicyAssistant(IKernelMemory memory)
    {
        public async Task<string> AskAsync(string question) => (await memory.AskAsync(question, index: "policies")).Result;
    }

    // expect: report — imports documents into the memory (ingestion runs the embedding model)
    public sealed class HandbookIngestor(IKernelMemory memory)
    {
        public Task<string> ImportAsync(string path, string department) =>
            memory.ImportDocumentAsync(new Document("handbook-" + department).AddFile(path).AddTag("department", department));
    }

    // expect: report — searches the memory for relevant passages
    public sealed class PassageSearch(IKernelMemory memory)
    {
        public async Task<IReadOnlyList<string>> FindAsync(string query) =>
            (await memory.SearchAsync(query, filter: MemoryFilters.ByTag("department", "hr"), limit: 5)).Results.SelectMany(r => r.Partitions).Select(p => p.Text).ToList();
    }

    // expect: report — connects to a Kernel Memory service over HTTP
    public sealed class RemoteMemory
    {
        private readonly MemoryWebClient _client = new("http://localhost:9001");

        public Task<MemoryAnswer> AskAsync(string question) => _client.AskAsync(question);
    }

    // expect: report — builds a memory with Azure OpenAI text generation in a factory
    public static class MemoryFactory
    {
        public static IKernelMemory Create(AzureOpenAIConfig text, OpenAIConfig embeddings) =>
            new KernelMemoryBuilder().WithAzureOpenAITextGeneration(text).WithOpenAI(embeddings).Build();
    }

    // expect: report — a background job that polls document readiness on the memory
    public sealed class IngestionMonitor(IKernelMemory memory)
    {
        public Task<bool> IsReadyAsync(string documentId) => memory.IsDocumentReadyAsync(documentId);
    }

    // expect: none — formats an answer with its citations; answers are data
    public static class AnswerFormatter
    {
        public static string Format(MemoryAnswer answer) => answer.NoResult
            ? "I don't know."
            : answer.Result + "\n" + string.Join("\n", answer.RelevantSources.Select(s => "- " + s.SourceName));
    }

    // expect: none — builds tag collections for documents; tags are data
    public static class DocumentTags
    {
        public static TagCollection For(string department, string year) => new() { { "department", department }, { "year", year } };
    }

    // expect: none — builds search filters per user; filters are data
    public static class FilterBuilder
    {
        public static MemoryFilter ForDepartment(string department) => MemoryFilters.ByTag("department", department);
    }

    // expect: none — the AI configuration (keys and model names) bound from settings
    public sealed class MemorySettings
    {
        public OpenAIConfig OpenAI { get; set; } = new() { TextModel = "gpt-4o-mini", EmbeddingModel = "text-embedding-3-small" };
        public AzureOpenAIConfig? Azure { get; set; }
    }

    // expect: none — a citation DTO returned to the browser
    public sealed record CitationDto(string Source, string Url, float Relevance);

    // expect: none — maps citations to DTOs; data
    public static class CitationMapper
    {
        public static IEnumerable<CitationDto> Map(Citation citation) => citation.Partitions.Select(p => new CitationDto(citation.SourceName, citation.SourceUrl, p.Relevance));
    }

    // expect: none — DI registration of Kernel Memory; its consumers are reported
    public static class MemoryServiceCollectionExtensions
    {
        public static IServiceCollection AddHrMemory(this IServiceCollection services, string apiKey) =>
            services.AddKernelMemory(builder => builder.WithOpenAIDefaults(apiKey));
    }

    // expect: none — the document metadata the upload page collects
    public sealed class UploadForm
    {
        public string FileName { get; set; } = "";
        public string Department { get; set; } = "";
    }

    // expect: none — relevance threshold policy over search results; data
    public static class RelevancePolicy
    {
        public static bool IsRelevant(Citation.Partition partition) => partition.Relevance >= 0.75f;
    }

    // expect: none — the interface of the question service; its implementation is reported once
    public interface IPolicyQuestions
    {
        Task<string> AskAsync(string question);
    }

    // expect: report — implements IPolicyQuestions over IKernelMemory
    public sealed class KernelMemoryPolicyQuestions(IKernelMemory memory) : IPolicyQuestions
    {
        public async Task<string> AskAsync(string question) => AnswerFormatter.Format(await memory.AskAsync(question));
    }
}
