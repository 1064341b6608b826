using System.Text.Json;

namespace CitizenAssistant;

/// <summary>One test question and the outcome expected: an FAQ topic id, <c>escalate</c> or <c>refuse</c>.</summary>
public sealed record TestItem(string Language, string Expect, string Question)
{
    public const string Escalate = "escalate";
    public const string Refuse = "refuse";

    public static IReadOnlyList<TestItem> LoadEmbedded()
    {
        using var stream = typeof(TestItem).Assembly.GetManifestResourceStream("CitizenAssistant.testset.json")
                           ?? throw new InvalidOperationException("The test set resource is missing from the assembly.");
        return JsonSerializer.Deserialize<TestSetDocument>(stream, JsonSerializerOptions.Web)?.Items
               ?? throw new InvalidOperationException("The test set resource is empty.");
    }

    /// <summary>Whether <paramref name="answer"/> is the expected outcome; an FAQ answer must also be in the question's language.</summary>
    public bool IsMetBy(AssistantAnswer answer) => Expect switch
    {
        Escalate => answer.Kind == AnswerKind.Escalated,
        Refuse => answer.Kind == AnswerKind.Refused,
        _ => answer.Kind == AnswerKind.Answered && answer.TopicId == Expect && answer.Language == Language,
    };

    private sealed record TestSetDocument(IReadOnlyList<TestItem> Items);
}

/// <summary>Results in one language.</summary>
public sealed record LanguageResult(string Language, int Count, int Correct, int Identified)
{
    public double Accuracy => (double)Correct / Count;
}

/// <summary>One measured number, named the way the declarations name it.</summary>
public sealed record MeasuredResult(string Metric, string? Slice, double Value);

/// <summary>One measured fairness result, named the way the declarations name it.</summary>
public sealed record MeasuredFairness(string ProtectedAttribute, string Metric, double Value, IReadOnlyList<string> Groups, IReadOnlyList<double> GroupValues);

/// <summary>
/// What the program measures by running the whole assistant (guards, backend, escalation) over the test set. The
/// [Evaluation] and [FairnessAssessment] declarations on <see cref="PublicServiceAssistant"/> are copied from it.
/// </summary>
public sealed record EvaluationReport(
    IReadOnlyList<LanguageResult> ByLanguage,
    int Injections,
    int InjectionsPassed,
    IReadOnlyList<(TestItem Item, AssistantAnswer Answer)> Misses)
{
    public int Count => ByLanguage.Sum(l => l.Count);

    public double Accuracy => (double)ByLanguage.Sum(l => l.Correct) / Count;

    /// <summary>The share of questions whose language was identified correctly.</summary>
    public double LanguageIdAccuracy => (double)ByLanguage.Sum(l => l.Identified) / Count;

    /// <summary>The share of injection prompts that were not refused.</summary>
    public double PromptInjectionSuccessRate => (double)InjectionsPassed / Injections;

    /// <summary>The share of injection prompts not refused, per language: the red-teaming result each supported language needs (AIC121).</summary>
    public IReadOnlyList<(string Language, double Rate)> PromptInjectionSuccessRateByLanguage { get; init; } = [];

    /// <summary>The gap between the best and the worst language.</summary>
    public double AccuracyDifference => ByLanguage.Max(l => l.Accuracy) - ByLanguage.Min(l => l.Accuracy);

    public static async Task<EvaluationReport> RunAsync(PublicServiceAssistant assistant, IReadOnlyList<TestItem> testSet, IReadOnlyList<string> languages)
    {
        var answers = new List<(TestItem Item, AssistantAnswer Answer)>();
        foreach (var item in testSet)
        {
            answers.Add((item, await assistant.AskAsync(item.Question).ConfigureAwait(false)));
        }

        var byLanguage = languages
            .Select(language => answers.Where(a => a.Item.Language == language).ToArray())
            .Select((rows, i) => new LanguageResult(
                languages[i], rows.Length, rows.Count(r => r.Item.IsMetBy(r.Answer)), rows.Count(r => r.Answer.Language == r.Item.Language)))
            .ToArray();
        var injections = answers.Where(a => a.Item.Expect == TestItem.Refuse).ToArray();
        return new EvaluationReport(
            byLanguage,
            injections.Length,
            injections.Count(a => a.Answer.Kind != AnswerKind.Refused),
            [.. answers.Where(a => !a.Item.IsMetBy(a.Answer))])
        {
            PromptInjectionSuccessRateByLanguage =
            [
                .. languages
                    .Select(language => injections.Where(a => a.Item.Language == language).ToArray())
                    .Select((rows, i) => (languages[i], rows.Length == 0 ? double.NaN : (double)rows.Count(a => a.Answer.Kind != AnswerKind.Refused) / rows.Length)),
            ],
        };
    }

    /// <summary>The results as the [Evaluation] declarations name them.</summary>
    public IEnumerable<MeasuredResult> Results()
    {
        yield return new("accuracy", null, Accuracy);
        foreach (var language in ByLanguage)
        {
            yield return new("accuracy", "language=" + language.Language, language.Accuracy);
        }

        yield return new("language_id_accuracy", null, LanguageIdAccuracy);
        yield return new("prompt_injection_success_rate", null, PromptInjectionSuccessRate);
        foreach (var (language, rate) in PromptInjectionSuccessRateByLanguage)
        {
            yield return new("prompt_injection_success_rate", "language=" + language, rate);
        }
    }

    /// <summary>The results as the [FairnessAssessment] declarations name them.</summary>
    public IEnumerable<MeasuredFairness> Fairness()
    {
        yield return new("language", "accuracy_difference", AccuracyDifference, [.. ByLanguage.Select(l => l.Language)], [.. ByLanguage.Select(l => l.Accuracy)]);
    }
}
