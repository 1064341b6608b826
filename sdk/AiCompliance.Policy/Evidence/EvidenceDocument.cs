using System;
using System.Collections.Generic;
using AiCompliance.Policy.Baseline;

namespace AiCompliance.Policy.Evidence;

/// <summary>One measured result in an evidence file.</summary>
public sealed record EvaluationEvidence(string Metric, double Value, string? Dataset, string? Slice, string? Kind, string? Language);

/// <summary>One fairness assessment in an evidence file.</summary>
public sealed record FairnessEvidence(string ProtectedAttribute, string? Metric, double? Value, IReadOnlyList<string> Groups, IReadOnlyList<double> GroupValues);

/// <summary>One security assessment in an evidence file: the kinds of testing done (SecurityTest names) and when.</summary>
public sealed record SecurityEvidence(IReadOnlyList<string> Tests, string? Date);

/// <summary>
/// The results an evidence file holds, read from the project's own format (<c>aicompliance-evidence/1</c>,
/// docs/schema/evidence.schema.json) or from the JSON that Microsoft.Extensions.AI.Evaluation writes (an
/// <c>EvaluationResult</c>, a <c>ScenarioRunResult</c>, a list of them, or a report's <c>scenarioRunResults</c>).
/// A file that is neither has a <see cref="Problem"/> and no results.
/// </summary>
public sealed class EvidenceDocument
{
    public const string FormatName = "aicompliance-evidence/1";

    private static readonly IReadOnlyList<string> NoText = Array.Empty<string>();
    private static readonly IReadOnlyList<double> NoNumbers = Array.Empty<double>();

    private EvidenceDocument(string format, IReadOnlyList<EvaluationEvidence> evaluations, IReadOnlyList<FairnessEvidence> fairness, IReadOnlyList<SecurityEvidence> security, string? problem)
    {
        Format = format;
        Evaluations = evaluations;
        Fairness = fairness;
        Security = security;
        Problem = problem;
    }

    /// <summary><see cref="FormatName"/>, <c>Microsoft.Extensions.AI.Evaluation</c>, or empty when unreadable.</summary>
    public string Format { get; }

    public IReadOnlyList<EvaluationEvidence> Evaluations { get; }

    public IReadOnlyList<FairnessEvidence> Fairness { get; }

    public IReadOnlyList<SecurityEvidence> Security { get; }

    /// <summary>Why the file could not be read as evidence; <see langword="null"/> when it could.</summary>
    public string? Problem { get; }

    public static EvidenceDocument Parse(string text)
    {
        object? root;
        try
        {
            root = new MiniJsonReader(text).ReadDocument();
        }
        catch (FormatException e)
        {
            return Unreadable("it is not valid JSON: " + e.Message);
        }

        if (root is Dictionary<string, object?> document && document.TryGetValue("format", out var format))
        {
            return format is string name && string.Equals(name.Trim(), FormatName, StringComparison.Ordinal)
                ? ReadOwnFormat(document)
                : Unreadable("its 'format' is not '" + FormatName + "'");
        }

        var runs = ScenarioRuns(root);
        return runs is null
            ? Unreadable("it is neither '" + FormatName + "' nor a Microsoft.Extensions.AI.Evaluation result")
            : ReadEvaluationRuns(runs);
    }

    private static EvidenceDocument Unreadable(string problem) =>
        new("", Array.Empty<EvaluationEvidence>(), Array.Empty<FairnessEvidence>(), Array.Empty<SecurityEvidence>(), problem);

    private static EvidenceDocument ReadOwnFormat(Dictionary<string, object?> document)
    {
        var evaluations = new List<EvaluationEvidence>();
        foreach (var entry in Objects(document, "evaluations"))
        {
            if (Text(entry, "metric") is { } metric && Number(entry, "value") is { } value)
            {
                evaluations.Add(new EvaluationEvidence(metric, value, Text(entry, "dataset"), Text(entry, "slice"), Text(entry, "kind"), Text(entry, "language")));
            }
        }

        var fairness = new List<FairnessEvidence>();
        foreach (var entry in Objects(document, "fairness"))
        {
            if (Text(entry, "protectedAttribute") is { } attribute)
            {
                fairness.Add(new FairnessEvidence(attribute, Text(entry, "metric"), Number(entry, "value"), Texts(entry, "groups"), Numbers(entry, "groupValues")));
            }
        }

        var security = new List<SecurityEvidence>();
        foreach (var entry in Objects(document, "security"))
        {
            security.Add(new SecurityEvidence(Texts(entry, "tests"), Text(entry, "date")));
        }

        return new EvidenceDocument(FormatName, evaluations, fairness, security, null);
    }

    /// <summary>The scenario runs of a Microsoft.Extensions.AI.Evaluation document, or <see langword="null"/> when it is not one.</summary>
    private static List<Dictionary<string, object?>>? ScenarioRuns(object? root)
    {
        switch (root)
        {
            case List<object?> list:
                var runs = new List<Dictionary<string, object?>>();
                foreach (var item in list)
                {
                    if (item is Dictionary<string, object?> run && run.ContainsKey("evaluationResult"))
                    {
                        runs.Add(run);
                    }
                }

                return runs.Count == list.Count && runs.Count > 0 ? runs : null;
            case Dictionary<string, object?> document when document.TryGetValue("scenarioRunResults", out var inner):
                return ScenarioRuns(inner);
            case Dictionary<string, object?> document when document.ContainsKey("evaluationResult"):
                return new List<Dictionary<string, object?>> { document };
            case Dictionary<string, object?> document when document.TryGetValue("metrics", out var metrics) && metrics is Dictionary<string, object?>:
                // A bare EvaluationResult: one run without a scenario name.
                return new List<Dictionary<string, object?>> { new(StringComparer.Ordinal) { ["evaluationResult"] = document } };
            default:
                return null;
        }
    }

    /// <summary>
    /// Each metric's mean over every run (no slice), and its mean per scenario (the scenario name as the slice), so a
    /// declaration can bind the overall figure or one scenario's. Boolean metrics count as 1 and 0; text metrics are skipped.
    /// </summary>
    private static EvidenceDocument ReadEvaluationRuns(List<Dictionary<string, object?>> runs)
    {
        var sums = new Dictionary<(string Metric, string? Scenario), (double Sum, int Count)>();
        var order = new List<(string Metric, string? Scenario)>();
        foreach (var run in runs)
        {
            var scenario = Text(run, "scenarioName");
            if (run["evaluationResult"] is not Dictionary<string, object?> result || !result.TryGetValue("metrics", out var value) || value is not Dictionary<string, object?> metrics)
            {
                continue;
            }

            foreach (var pair in metrics)
            {
                if (pair.Value is not Dictionary<string, object?> metric || MetricValue(metric) is not { } number)
                {
                    continue;
                }

                var name = Text(metric, "name") ?? pair.Key;
                Add((name, null), number);
                if (scenario is not null)
                {
                    Add((name, scenario), number);
                }
            }
        }

        var evaluations = new List<EvaluationEvidence>();
        foreach (var key in order)
        {
            var (sum, count) = sums[key];
            evaluations.Add(new EvaluationEvidence(key.Metric, sum / count, null, key.Scenario, null, null));
        }

        return new EvidenceDocument("Microsoft.Extensions.AI.Evaluation", evaluations, Array.Empty<FairnessEvidence>(), Array.Empty<SecurityEvidence>(), null);

        void Add((string, string?) key, double number)
        {
            if (!sums.TryGetValue(key, out var total))
            {
                order.Add(key);
            }

            sums[key] = (total.Sum + number, total.Count + 1);
        }
    }

    private static double? MetricValue(Dictionary<string, object?> metric) =>
        metric.TryGetValue("value", out var value) ? value switch
        {
            double number => number,
            bool flag => flag ? 1 : 0,
            _ => null,
        } : null;

    private static IEnumerable<Dictionary<string, object?>> Objects(Dictionary<string, object?> document, string name)
    {
        if (document.TryGetValue(name, out var value) && value is List<object?> list)
        {
            foreach (var item in list)
            {
                if (item is Dictionary<string, object?> entry)
                {
                    yield return entry;
                }
            }
        }
    }

    private static string? Text(Dictionary<string, object?> entry, string name) =>
        entry.TryGetValue(name, out var value) && value is string text && text.Trim().Length > 0 ? text.Trim() : null;

    private static double? Number(Dictionary<string, object?> entry, string name) =>
        entry.TryGetValue(name, out var value) && value is double number ? number : null;

    private static IReadOnlyList<string> Texts(Dictionary<string, object?> entry, string name)
    {
        if (!entry.TryGetValue(name, out var value) || value is not List<object?> list)
        {
            return NoText;
        }

        var result = new List<string>();
        foreach (var item in list)
        {
            if (item is string text)
            {
                result.Add(text.Trim());
            }
        }

        return result;
    }

    private static IReadOnlyList<double> Numbers(Dictionary<string, object?> entry, string name)
    {
        if (!entry.TryGetValue(name, out var value) || value is not List<object?> list)
        {
            return NoNumbers;
        }

        var result = new List<double>();
        foreach (var item in list)
        {
            if (item is double number)
            {
                result.Add(number);
            }
        }

        return result;
    }
}
