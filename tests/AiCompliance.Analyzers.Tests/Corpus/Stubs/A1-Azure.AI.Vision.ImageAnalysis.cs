// assembly: Azure.AI.Vision.ImageAnalysis
namespace Azure.AI.Vision.ImageAnalysis
{
    [System.Flags]
    public enum VisualFeatures { None = 0, Tags = 1, Caption = 2, Read = 4, Objects = 8, People = 16 }
    public sealed class CaptionResult { public string Text { get; } = ""; public float Confidence { get; } }
    public sealed class DetectedTag { public string Name { get; } = ""; public float Confidence { get; } }
    public sealed class TagsResult { public System.Collections.Generic.IReadOnlyList<DetectedTag> Values { get; } = []; }
    public sealed class ImageAnalysisResult { public CaptionResult Caption { get; } = new(); public TagsResult Tags { get; } = new(); }
    public sealed class ImageAnalysisOptions { public bool? GenderNeutralCaption { get; set; } public string? Language { get; set; } }
    public class ImageAnalysisClient
    {
        public ImageAnalysisClient(System.Uri endpoint, Azure.AzureKeyCredential credential) { }
        public virtual Response<ImageAnalysisResult> Analyze(System.Uri imageUri, VisualFeatures visualFeatures, ImageAnalysisOptions options = default!) => null!;
        public virtual Response<ImageAnalysisResult> Analyze(System.BinaryData imageData, VisualFeatures visualFeatures, ImageAnalysisOptions options = default!) => null!;
        public virtual System.Threading.Tasks.Task<Response<ImageAnalysisResult>> AnalyzeAsync(System.Uri imageUri, VisualFeatures visualFeatures, ImageAnalysisOptions options = default!) => null!;
    }
}
