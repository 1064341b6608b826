using AiCompliance;

namespace GettingStarted;

/// <summary>
/// A deliberately tiny model: it scores a product review as positive or negative from a handful of words. Real models
/// are bigger, but the declarations look the same. It declares who it is and what it was trained on, and nothing else
/// yet: build the project to see what the recommended policy expects, then use the IDE's code fix (Ctrl+. on the class
/// name) to add each declaration.
/// </summary>
[AiModel("review-sentiment", Name = "Review sentiment classifier", Version = "0.1.0", Kind = ModelKind.Classifier)]
[TrainedOn("product-reviews-2025")]
public sealed class ReviewSentimentClassifier
{
    private static readonly string[] PositiveWords = ["good", "great", "excellent", "love", "fast", "recommend"];
    private static readonly string[] NegativeWords = ["bad", "poor", "broken", "slow", "refund", "disappointed"];

    /// <summary>Returns a score between -1 (negative) and 1 (positive).</summary>
    public double Score(string review)
    {
        var words = review.ToLowerInvariant().Split([' ', ',', '.', '!', '?'], StringSplitOptions.RemoveEmptyEntries);
        var positive = words.Count(w => PositiveWords.Contains(w));
        var negative = words.Count(w => NegativeWords.Contains(w));
        var total = positive + negative;
        return total == 0 ? 0 : (positive - negative) / (double)total;
    }
}
