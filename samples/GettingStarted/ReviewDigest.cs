using Microsoft.Extensions.AI;

namespace GettingStarted;

/// <summary>
/// Summarises reviews with a language model behind Microsoft.Extensions.AI's <see cref="IChatClient"/>; without one
/// (offline) it answers with the most positive and most negative review. It holds a chat client and is not declared as
/// a model: AIC001 reports it, and the fix adds [AiModel("review-digest", Kind = ModelKind.Generative)].
/// </summary>
public sealed class ReviewDigest(IChatClient? chat = null)
{
    public IReadOnlyList<ChatMessage> Prompt(IEnumerable<string> reviews) =>
    [
        new(ChatRole.System, "Summarise these product reviews in two sentences for the product team."),
        new(ChatRole.User, string.Join("\n", reviews)),
    ];

    public async Task<string> SummariseAsync(IReadOnlyList<string> reviews, Func<string, double> score)
    {
        if (reviews.Count == 0)
        {
            return "No reviews yet.";
        }

        if (chat is null)
        {
            return $"Best: \"{reviews.MaxBy(score)}\" Worst: \"{reviews.MinBy(score)}\"";
        }

        var response = await chat.GetResponseAsync(Prompt(reviews));
        return response.Text;
    }
}
