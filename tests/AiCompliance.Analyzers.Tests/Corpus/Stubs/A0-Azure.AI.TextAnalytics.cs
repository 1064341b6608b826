// assembly: Azure.AI.TextAnalytics
namespace Azure.AI.TextAnalytics
{
    public enum TextSentiment { Positive, Neutral, Negative, Mixed }
    public sealed class SentimentConfidenceScores { public double Positive { get; } public double Neutral { get; } public double Negative { get; } }
    public sealed class DocumentSentiment { public TextSentiment Sentiment { get; } public SentimentConfidenceScores ConfidenceScores { get; } = new(); }
    public sealed class CategorizedEntity { public string Text { get; } = ""; public string Category { get; } = ""; public double ConfidenceScore { get; } }
    public sealed class CategorizedEntityCollection : System.Collections.ObjectModel.ReadOnlyCollection<CategorizedEntity> { public CategorizedEntityCollection() : base([]) { } }
    public sealed class DetectedLanguage { public string Name { get; } = ""; public string Iso6391Name { get; } = ""; }
    public sealed class KeyPhraseCollection : System.Collections.ObjectModel.ReadOnlyCollection<string> { public KeyPhraseCollection() : base([]) { } }
    public sealed class PiiEntityCollection : System.Collections.ObjectModel.ReadOnlyCollection<CategorizedEntity> { public PiiEntityCollection() : base([]) { } public string RedactedText { get; } = ""; }
    public sealed class AnalyzeSentimentOptions { public bool IncludeOpinionMining { get; set; } }
    public sealed class TextAnalyticsClientOptions { }
    public class TextAnalyticsClient
    {
        public TextAnalyticsClient(System.Uri endpoint, Azure.AzureKeyCredential credential, TextAnalyticsClientOptions? options = null) { }
        public TextAnalyticsClient(System.Uri endpoint, Azure.Core.TokenCredential credential, TextAnalyticsClientOptions? options = null) { }
        public virtual Response<DocumentSentiment> AnalyzeSentiment(string document, string? language = null, AnalyzeSentimentOptions? options = null) => null!;
        public virtual System.Threading.Tasks.Task<Response<DocumentSentiment>> AnalyzeSentimentAsync(string document, string? language = null, AnalyzeSentimentOptions? options = null) => null!;
        public virtual Response<CategorizedEntityCollection> RecognizeEntities(string document, string? language = null) => null!;
        public virtual Response<DetectedLanguage> DetectLanguage(string document, string? countryHint = null) => null!;
        public virtual Response<KeyPhraseCollection> ExtractKeyPhrases(string document, string? language = null) => null!;
        public virtual Response<PiiEntityCollection> RecognizePiiEntities(string document, string? language = null) => null!;
    }
}
