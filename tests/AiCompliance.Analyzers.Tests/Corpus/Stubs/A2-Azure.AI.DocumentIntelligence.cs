// assembly: Azure.AI.DocumentIntelligence
namespace Azure.AI.DocumentIntelligence
{
    public sealed class DocumentField { public string? Content { get; } public float? Confidence { get; } public string? ValueString { get; } }
    public sealed class AnalyzedDocument { public string DocumentType { get; } = ""; public System.Collections.Generic.IReadOnlyDictionary<string, DocumentField> Fields { get; } = null!; }
    public sealed class DocumentPage { public int PageNumber { get; } }
    public sealed class AnalyzeResult { public string Content { get; } = ""; public System.Collections.Generic.IReadOnlyList<AnalyzedDocument> Documents { get; } = []; public System.Collections.Generic.IReadOnlyList<DocumentPage> Pages { get; } = []; }
    public sealed class AnalyzeDocumentOptions(string modelId, System.Uri uriSource) { public string ModelId { get; } = modelId; public System.Collections.Generic.IList<string> Pages { get; } = []; }
    public sealed class Operation<T> { public T Value { get; } = default!; }
    public enum WaitUntil { Completed, Started }
    public class DocumentIntelligenceClient
    {
        public DocumentIntelligenceClient(System.Uri endpoint, Azure.AzureKeyCredential credential) { }
        public DocumentIntelligenceClient(System.Uri endpoint, Azure.Core.TokenCredential credential) { }
        public virtual System.Threading.Tasks.Task<Operation<AnalyzeResult>> AnalyzeDocumentAsync(WaitUntil waitUntil, AnalyzeDocumentOptions options) => null!;
        public virtual System.Threading.Tasks.Task<Operation<AnalyzeResult>> AnalyzeDocumentAsync(WaitUntil waitUntil, string modelId, System.BinaryData bytesSource) => null!;
    }
}
