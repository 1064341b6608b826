// family: Azure AI language, vision and document services
// Azure AI services: TextAnalyticsClient, ImageAnalysisClient and DocumentIntelligenceClient call hosted models;
// their results (sentiment, entities, captions, analyzed documents), options and enums are data.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Azure;
using Azure.AI.DocumentIntelligence;
using Azure.AI.TextAnalytics;
using Azure.AI.Vision.ImageAnalysis;
using Azure.Identity;

namespace Insurance.Cognitive
{
    // expect: report — holds the TextAnalyticsClient and scores review sentiment
    public sealed class ReviewSentiment(TextAnalyticsClient client)
    {
        public TextSentiment Score(string review) => client.AnalyzeSentiment(review).Value.Sentiment;
    }

    // expect: report — redacts personal data with the language service
    public sealed class PiiRedactor
    {
        private readonly TextAnalyticsClient _client = new(new Uri("https://contoso-language.cognitiveservices.azure.com"), new DefaultAzureCredential());

        public string Redact(string text) => _client.RecognizePiiEntities(text).Value.RedactedText;
    }

    // expect: report — extracts key phrases and the language of a claim
    public sealed class ClaimTextAnalyzer(TextAnalyticsClient client)
    {
        public (string Language, IReadOnlyList<string> Phrases) Analyze(string text) =>
            (client.DetectLanguage(text).Value.Iso6391Name, client.ExtractKeyPhrases(text).Value.ToList());
    }

    // expect: report — captions photos of damage with the vision service
    public sealed class DamagePhotoCaptioner(ImageAnalysisClient client)
    {
        public string Caption(Uri photo) => client.Analyze(photo, VisualFeatures.Caption | VisualFeatures.Tags, new ImageAnalysisOptions { GenderNeutralCaption = true }).Value.Caption.Text;
    }

    // expect: report — reads invoices with the prebuilt Document Intelligence model
    public sealed class InvoiceReader(DocumentIntelligenceClient client)
    {
        public async Task<string?> TotalAsync(Uri invoice)
        {
            var operation = await client.AnalyzeDocumentAsync(WaitUntil.Completed, new AnalyzeDocumentOptions("prebuilt-invoice", invoice));
            return operation.Value.Documents.FirstOrDefault()?.Fields.GetValueOrDefault("InvoiceTotal")?.Content;
        }
    }

    // expect: report — creates the three clients from one key in a factory
    public static class CognitiveClientFactory
    {
        public static TextAnalyticsClient Language(CognitiveSettings settings) => new(new Uri(settings.LanguageEndpoint), new AzureKeyCredential(settings.Key));
        public static ImageAnalysisClient Vision(CognitiveSettings settings) => new(new Uri(settings.VisionEndpoint), new AzureKeyCredential(settings.Key));
        public static DocumentIntelligenceClient Documents(CognitiveSettings settings) => new(new Uri(settings.DocumentEndpoint), new AzureKeyCredential(settings.Key));
    }

    // expect: report — recognises entities in adjuster notes
    public sealed class EntityTagger(TextAnalyticsClient client)
    {
        public IEnumerable<string> People(string notes) => client.RecognizeEntities(notes).Value.Where(e => e.Category == "Person").Select(e => e.Text);
    }

    // expect: none — endpoints and key as configuration
    public sealed class CognitiveSettings
    {
        public string Key { get; set; } = "";
        public string LanguageEndpoint { get; set; } = "";
        public string VisionEndpoint { get; set; } = "";
        public string DocumentEndpoint { get; set; } = "";
    }

    // expect: none — turns sentiment scores into stars; a result is data
    public static class SentimentStars
    {
        public static int Stars(DocumentSentiment sentiment) => (int)Math.Round(1 + 4 * sentiment.ConfidenceScores.Positive);
    }

    // expect: none — maps recognised entities to the claim form; data
    public static class EntityMapper
    {
        public static Dictionary<string, string> ToForm(IEnumerable<CategorizedEntity> entities) => entities.GroupBy(e => e.Category).ToDictionary(g => g.Key, g => g.First().Text);
    }

    // expect: none — reads fields of an analysed document; the result is data
    public static class InvoiceFields
    {
        public static string? Vendor(AnalyzeResult result) => result.Documents.FirstOrDefault()?.Fields.GetValueOrDefault("VendorName")?.ValueString;
    }

    // expect: none — selects the visual features per scenario; an enum is data
    public static class FeatureSets
    {
        public static VisualFeatures ForDamage => VisualFeatures.Caption | VisualFeatures.Objects;
        public static VisualFeatures ForDocuments => VisualFeatures.Read;
    }

    // expect: none — request options for the sentiment call; configuration
    public static class SentimentOptions
    {
        public static AnalyzeSentimentOptions WithOpinions => new() { IncludeOpinionMining = true };
    }

    // expect: none — builds the tag list of an image result for search; data
    public static class ImageTags
    {
        public static IEnumerable<string> Confident(ImageAnalysisResult result) => result.Tags.Values.Where(t => t.Confidence > 0.8f).Select(t => t.Name);
    }

    // expect: none — an assessment DTO saved with the claim
    public sealed record DamageAssessment(string Caption, IReadOnlyList<string> Tags, TextSentiment CustomerMood);

    // expect: none — page ranges for long PDFs; plain arithmetic
    public static class PageRanges
    {
        public static IEnumerable<string> Chunks(int pages, int size) => Enumerable.Range(0, (pages + size - 1) / size).Select(i => $"{i * size + 1}-{Math.Min(pages, (i + 1) * size)}");
    }

    // expect: none — the interface of document reading; its implementation is reported once
    public interface IDocumentReader
    {
        Task<string> ReadAsync(Uri document);
    }

    // expect: report — implements IDocumentReader with the layout model
    public sealed class LayoutDocumentReader(DocumentIntelligenceClient client) : IDocumentReader
    {
        public async Task<string> ReadAsync(Uri document) => (await client.AnalyzeDocumentAsync(WaitUntil.Completed, new AnalyzeDocumentOptions("prebuilt-layout", document))).Value.Content;
    }
}
