// assembly: Google.GenAI
namespace Google.GenAI.Types
{
    public sealed class Part { public string? Text { get; set; } }
    public sealed class Content { public string? Role { get; set; } public System.Collections.Generic.List<Part> Parts { get; set; } = []; }
    public sealed class GenerateContentConfig { public double? Temperature { get; set; } public int? MaxOutputTokens { get; set; } public Content? SystemInstruction { get; set; } }
    public sealed class Candidate { public Content? Content { get; set; } public string? FinishReason { get; set; } }
    public sealed class UsageMetadata { public int? PromptTokenCount { get; set; } public int? CandidatesTokenCount { get; set; } }
    public sealed class GenerateContentResponse { public System.Collections.Generic.List<Candidate>? Candidates { get; set; } public UsageMetadata? UsageMetadata { get; set; } public string? Text => null; }
    public sealed class ContentEmbedding { public System.Collections.Generic.List<double>? Values { get; set; } }
    public sealed class EmbedContentResponse { public System.Collections.Generic.List<ContentEmbedding>? Embeddings { get; set; } }
}

namespace Google.GenAI
{
    public sealed class Models
    {
        public System.Threading.Tasks.Task<Types.GenerateContentResponse> GenerateContentAsync(string model, string contents, Types.GenerateContentConfig? config = null) => null!;
        public System.Collections.Generic.IAsyncEnumerable<Types.GenerateContentResponse> GenerateContentStreamAsync(string model, string contents, Types.GenerateContentConfig? config = null) => null!;
        public System.Threading.Tasks.Task<Types.EmbedContentResponse> EmbedContentAsync(string model, string contents) => null!;
    }
    public sealed class Client : System.IDisposable
    {
        public Client(string? apiKey = null, bool? vertexAI = null, string? project = null, string? location = null) { }
        public Models Models { get; } = new();
        public void Dispose() { }
    }
}
