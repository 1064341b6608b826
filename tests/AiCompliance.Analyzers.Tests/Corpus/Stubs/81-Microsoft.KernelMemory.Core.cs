// assembly: Microsoft.KernelMemory.Core
namespace Microsoft.KernelMemory
{
    public sealed class MemoryServerless : IKernelMemory
    {
        public System.Threading.Tasks.Task<string> ImportDocumentAsync(string filePath, string? documentId = null, TagCollection? tags = null, string? index = null, System.Threading.CancellationToken cancellationToken = default) => null!;
        public System.Threading.Tasks.Task<string> ImportDocumentAsync(Document document, string? index = null, System.Threading.CancellationToken cancellationToken = default) => null!;
        public System.Threading.Tasks.Task<string> ImportTextAsync(string text, string? documentId = null, TagCollection? tags = null, string? index = null, System.Threading.CancellationToken cancellationToken = default) => null!;
        public System.Threading.Tasks.Task<MemoryAnswer> AskAsync(string question, string? index = null, MemoryFilter? filter = null, System.Threading.CancellationToken cancellationToken = default) => null!;
        public System.Threading.Tasks.Task<SearchResult> SearchAsync(string query, string? index = null, MemoryFilter? filter = null, int limit = -1, System.Threading.CancellationToken cancellationToken = default) => null!;
        public System.Threading.Tasks.Task<bool> IsDocumentReadyAsync(string documentId, string? index = null, System.Threading.CancellationToken cancellationToken = default) => null!;
    }
    public sealed class KernelMemoryBuilder
    {
        public KernelMemoryBuilder WithOpenAIDefaults(string apiKey) => this;
        public KernelMemoryBuilder WithOpenAI(AI.OpenAIConfig config) => this;
        public KernelMemoryBuilder WithAzureOpenAITextGeneration(AI.AzureOpenAIConfig config) => this;
        public T Build<T>() where T : class, IKernelMemory => null!;
        public IKernelMemory Build() => null!;
    }
}

namespace Microsoft.KernelMemory
{
    public sealed class MemoryWebClient(string endpoint, string? apiKey = "") : IKernelMemory
    {
        public System.Threading.Tasks.Task<string> ImportDocumentAsync(string filePath, string? documentId = null, TagCollection? tags = null, string? index = null, System.Threading.CancellationToken cancellationToken = default) => null!;
        public System.Threading.Tasks.Task<string> ImportDocumentAsync(Document document, string? index = null, System.Threading.CancellationToken cancellationToken = default) => null!;
        public System.Threading.Tasks.Task<string> ImportTextAsync(string text, string? documentId = null, TagCollection? tags = null, string? index = null, System.Threading.CancellationToken cancellationToken = default) => null!;
        public System.Threading.Tasks.Task<MemoryAnswer> AskAsync(string question, string? index = null, MemoryFilter? filter = null, System.Threading.CancellationToken cancellationToken = default) => null!;
        public System.Threading.Tasks.Task<SearchResult> SearchAsync(string query, string? index = null, MemoryFilter? filter = null, int limit = -1, System.Threading.CancellationToken cancellationToken = default) => null!;
        public System.Threading.Tasks.Task<bool> IsDocumentReadyAsync(string documentId, string? index = null, System.Threading.CancellationToken cancellationToken = default) => null!;
    }
}

namespace Microsoft.Extensions.DependencyInjection
{
    public static class KernelMemoryServiceCollectionExtensions
    {
        public static IServiceCollection AddKernelMemory(this IServiceCollection services, System.Action<Microsoft.KernelMemory.KernelMemoryBuilder> configure) => services;
    }
}
