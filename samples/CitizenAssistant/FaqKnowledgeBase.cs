using System.Text.Json;

namespace CitizenAssistant;

/// <summary>One FAQ entry in one language.</summary>
/// <param name="Keywords">Words that name the topic; each match scores 2.</param>
/// <param name="Hints">Words that support it; each match scores 1.</param>
public sealed record FaqText(string Title, string Answer, IReadOnlyList<string> Keywords, IReadOnlyList<string> Hints);

/// <summary>One FAQ topic, written in every supported language.</summary>
public sealed record FaqTopic(string Id, string Url, string Updated, IReadOnlyDictionary<string, FaqText> Texts);

/// <summary>The assistant's own sentences in one language: labels, the localized disclosure, escalation and refusal messages.</summary>
/// <param name="Sensitive">The escalation message when a person may be in danger.</param>
/// <param name="Personal">The escalation message for questions about the resident's own case.</param>
public sealed record AssistantMessages(
    string AiLabel,
    string SourceLabel,
    string UpdatedLabel,
    string Disclosure,
    string Escalated,
    string Sensitive,
    string Personal,
    string Refused,
    string Paused);

/// <summary>The best FAQ entry for a question, with its retrieval score.</summary>
public sealed record FaqMatch(FaqTopic Topic, FaqText Text, string Language, int Score);

/// <summary>
/// The city's FAQ, loaded from the JSON embedded in the assembly, and a keyword search over it. The search is the whole
/// "model" of the offline backend: no embeddings, no network.
/// </summary>
public sealed class FaqKnowledgeBase
{
    /// <summary>A question needs this score (one topic keyword, or two supporting words) to be answered; below it, it goes to an officer.</summary>
    public const int MinimumScore = 2;

    private readonly IReadOnlyList<(FaqTopic Topic, string Language, string[] Keywords, string[] Hints)> _index;

    private FaqKnowledgeBase(FaqDocument document)
    {
        Version = document.Version;
        Topics = document.Topics;
        Messages = document.Messages;
        _index = [.. document.Topics.SelectMany(topic => topic.Texts.Select(text =>
            (topic, text.Key, text.Value.Keywords.Select(TextFolding.Fold).ToArray(), text.Value.Hints.Select(TextFolding.Fold).ToArray())))];
    }

    public string Version { get; }

    public IReadOnlyList<FaqTopic> Topics { get; }

    public IReadOnlyDictionary<string, AssistantMessages> Messages { get; }

    public static FaqKnowledgeBase LoadEmbedded()
    {
        using var stream = typeof(FaqKnowledgeBase).Assembly.GetManifestResourceStream("CitizenAssistant.faq.json")
                           ?? throw new InvalidOperationException("The FAQ resource is missing from the assembly.");
        var document = JsonSerializer.Deserialize<FaqDocument>(stream, JsonSerializerOptions.Web)
                       ?? throw new InvalidOperationException("The FAQ resource is empty.");
        return new FaqKnowledgeBase(document);
    }

    /// <summary>
    /// The entry in <paramref name="language"/> that best answers <paramref name="question"/>, or null when none scores
    /// <see cref="MinimumScore"/>.
    /// </summary>
    public FaqMatch? Search(string question, string language)
    {
        var folded = TextFolding.Fold(question);
        FaqMatch? best = null;
        foreach (var (topic, entryLanguage, keywords, hints) in _index)
        {
            if (entryLanguage != language)
            {
                continue;
            }

            var score = 2 * keywords.Count(k => TextFolding.ContainsPhrase(folded, k)) + hints.Count(h => TextFolding.ContainsPhrase(folded, h));
            if (score >= MinimumScore && score > (best?.Score ?? 0))
            {
                best = new FaqMatch(topic, topic.Texts[language], language, score);
            }
        }

        return best;
    }

    private sealed record FaqDocument(string Version, IReadOnlyDictionary<string, AssistantMessages> Messages, IReadOnlyList<FaqTopic> Topics);
}
