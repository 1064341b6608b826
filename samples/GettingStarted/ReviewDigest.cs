using Microsoft.Extensions.AI;

namespace GettingStarted;

/// <summary>
/// Prepares the conversation a language model would get to summarise reviews, using Microsoft.Extensions.AI's chat
/// types. Offline it answers with the most positive and most negative review instead. Because it uses an AI API and is
/// not declared as a model, AiCompliance reports it (AIC001); the code fix adds [AiModel("review-digest")].
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
