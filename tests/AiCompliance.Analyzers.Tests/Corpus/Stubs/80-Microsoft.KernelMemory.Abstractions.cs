// assembly: Microsoft.KernelMemory.Abstractions
namespace Microsoft.KernelMemory
{
    public class TagCollection : System.Collections.Generic.Dictionary<string, System.Collections.Generic.List<string?>> { public void Add(string key, string value) => this[key] = [value]; }
    public sealed class MemoryFilter : TagCollection { public MemoryFilter ByTag(string name, string value) { Add(name, value); return this; } }
    public static class MemoryFilters { public static MemoryFilter ByTag(string name, string value) => new MemoryFilter().ByTag(name, value); }
    public sealed class Citation
    {
        public string SourceName { get; set; } = "";
        public string SourceUrl { get; set; } = "";
        public System.Collections.Generic.List<Partition> Partitions { get; set; } = [];
        public sealed class Partition { public string Text { get; set; } = ""; public float Relevance { get; set; } }
    }
    public sealed class MemoryAnswer
    {
        public string Question { get; set; } = "";
        public string Result { get; set; } = "";
        public bool NoResult { get; set; }
        public System.Collections.Generic.List<Citation> RelevantSources { get; set; } = [];
    }
    public sealed class SearchResult { public string Query { get; set; } = ""; public System.Collections.Generic.List<Citation> Results { get; set; } = []; }
    public sealed class Document(string? id = null)
    {
        public string Id { get; } = id ?? "";
        public TagCollection Tags { get; } = new();
        public Document AddFile(string filePath) => this;
        public Document AddTag(string name, string value) => this;
    }
    public interface IKernelMemory
    {
        System.Threading.Tasks.Task<string> ImportDocumentAsync(string filePath, string? documentId = null, TagCollection? tags = null, string? index = null, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<string> ImportDocumentAsync(Document document, string? index = null, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<string> ImportTextAsync(string text, string? documentId = null, TagCollection? tags = null, string? index = null, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<MemoryAnswer> AskAsync(string question, string? index = null, MemoryFilter? filter = null, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<SearchResult> SearchAsync(string query, string? index = null, MemoryFilter? filter = null, int limit = -1, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<bool> IsDocumentReadyAsync(string documentId, string? index = null, System.Threading.CancellationToken cancellationToken = default);
    }
}

namespace Microsoft.KernelMemory.AI
{
    public class OpenAIConfig { public string APIKey { get; set; } = ""; public string TextModel { get; set; } = ""; public string EmbeddingModel { get; set; } = ""; }
    public class AzureOpenAIConfig { public string Endpoint { get; set; } = ""; public string Deployment { get; set; } = ""; }
}
