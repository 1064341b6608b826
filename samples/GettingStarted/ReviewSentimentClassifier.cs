using AiCompliance;

namespace GettingStarted;

/// <summary>
/// A deliberately tiny model: it scores a product review as positive or negative from a handful of words. Real models
/// are bigger, but the declarations look the same. This one is missing three of them on purpose; build the project to
/// see AIC101, AIC102 and AIC106, then use the IDE's code fix (Ctrl+. on the class name) to add them.
/// </summary>
[AiModel("review-sentiment", Name = "Review sentiment classifier", Version = "0.1.0", Kind = ModelKind.Classifier)]
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
