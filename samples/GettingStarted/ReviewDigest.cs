using Microsoft.Extensions.AI;

namespace GettingStarted;

/// <summary>
/// Prepares the conversation a language model would get to summarise reviews, using Microsoft.Extensions.AI's chat
/// types; offline it answers with the most positive and most negative review. It uses an AI API and is not declared as
/// a model: AIC001 reports it, and the fix adds [AiModel("review-digest", Kind = ModelKind.Generative)].
/// </summary>
public sealed class ReviewDigest
{
    public IReadOnlyList<ChatMessage> Prompt(IEnumerable<string> reviews) =>
    [
        new(ChatRole.System, "Summarise these product reviews in two sentences for the product team."),
        new(ChatRole.User, string.Join("\n", reviews)),
    ];

    public string Summarise(IReadOnlyList<string> reviews, Func<string, double> score) =>
        reviews.Count == 0
            ? "No reviews yet."
            : $"Best: \"{reviews.MaxBy(score)}\" Worst: \"{reviews.MinBy(score)}\"";
}
