using System;
using System.Collections.Generic;
using AiCompliance.Policy.Declarations;

namespace AiCompliance.Policy.Validation;

/// <summary>
/// Well-known evaluation and fairness metrics: the range a value can take and whether higher or lower is better, for
/// <c>[Evaluation]</c> and <c>[FairnessAssessment]</c> checks and for model cards.
/// </summary>
/// <remarks>
/// <para>Names are matched loosely: case-insensitively, with <c>-</c>, <c>_</c>, spaces and tabs treated alike
/// (<c>F1-Score</c>, <c>f1_score</c> and <c>f1 score</c> are the same), and with these decorations understood:</para>
/// <list type="bullet">
/// <item>a cut-off suffix <c>@k</c>, <c>@10</c>, <c>@0.5</c>, <c>@0.5:0.95</c> or <c>_at_10</c> (<c>ndcg@10</c>,
/// <c>precision_at_k</c>, <c>mAP@0.5</c>): the bounds and direction of the metric before it;</item>
/// <item>a top-k prefix <c>top_5_</c>, <c>top1_</c>, <c>top_k_</c> (<c>top-5 accuracy</c>, <c>top_1_error</c>);</item>
/// <item>averaging and split qualifiers before or after the name: <c>macro</c>, <c>micro</c>, <c>weighted</c>,
/// <c>samples</c>, <c>binary</c>, <c>avg</c>, <c>average</c>, <c>mean</c>, <c>overall</c>, <c>test</c>, <c>val</c>,
/// <c>validation</c>, <c>eval</c>, <c>dev</c>, <c>holdout</c>, and a trailing <c>score</c> (<c>f1_macro</c>,
/// <c>macro_f1</c>, <c>eval_accuracy</c>, <c>f1_score</c>);</item>
/// <item>a trailing <c>pct</c>, <c>percent</c> or <c>percentage</c> on a 0–1 metric: the same metric on 0–100;</item>
/// <item><c>&lt;base&gt;_difference</c> (or <c>_diff</c>, <c>_gap</c>) and <c>&lt;base&gt;_ratio</c>, where the base is a
/// fairness criterion (<c>demographic_parity</c>, <c>statistical_parity</c>, <c>equal_opportunity</c>,
/// <c>equalized_odds</c>, <c>average_odds</c>, <c>predictive_parity</c>, <c>predictive_equality</c>,
/// <c>selection_rate</c>, <c>treatment_equality</c>) or a 0–1 metric (<c>false_positive_rate_difference</c>): differences
/// are absolute, in [0, 1], lower is better; ratios are in [0, +∞) (a ratio can exceed 1), higher is better;</item>
/// <item>any name with the word <c>latency</c> (<c>p95_latency_ms</c>): [0, +∞), lower is better.</item>
/// </list>
/// <para>Decisions on contested ranges: BLEU and chrF are bounded by [0, 100], which also admits the 0–1 form;
/// ROUGE, METEOR and BERTScore by [0, 1]; WER, CER and TER by [0, +∞) because they can exceed 1; R² by (−∞, 1];
/// MCC, Cohen's kappa, Gini and correlations by [−1, 1]; perplexity by [1, +∞); a bare <c>loss</c> has no bounds but
/// lower is better.</para>
/// </remarks>
public static class MetricCatalog
{
    /// <summary>
    /// The range of values <paramref name="metric"/> can take, inclusive (an infinite bound means none). False, with
    /// (−∞, +∞), when the metric is not known. Never throws.
    /// </summary>
    public static bool TryGetBounds(string? metric, out double min, out double max)
    {
        var known = Find(metric);
        min = known?.Min ?? double.NegativeInfinity;
        max = known?.Max ?? double.PositiveInfinity;
        return known is not null;
    }

    /// <summary>
    /// True for metrics where lower is better (error rates, losses, WER/CER, perplexity, latency, Brier score, log loss,
    /// MAE/MSE/RMSE/MAPE, hallucination and toxicity rates, fairness differences); false for metrics where higher is
    /// better (accuracy-like scores, fairness ratios); null when the metric is unknown or has no better direction
    /// (<c>selection_rate</c>). Never throws.
    /// </summary>
    public static bool? LowerIsBetter(string? metric) =>
        Find(metric)?.Direction switch
        {
            Direction.Lower => true,
            Direction.Higher => false,
            _ => null,
        };

    /// <summary>True when <paramref name="metric"/> is in the catalog (see the remarks for the names understood).</summary>
    public static bool IsKnown(string? metric) => Find(metric) is not null;

    /// <summary>
    /// The direction an evaluation is judged by: the attribute's <c>HigherIsBetter</c> when it was set; otherwise false
    /// for metrics the catalog knows as lower-is-better and true for everything else (unknown metrics included). A null
    /// declaration is true. Never throws.
    /// </summary>
    public static bool HigherIsBetter(EvaluationDeclaration? evaluation)
    {
        if (evaluation is null)
        {
            return true;
        }

        return evaluation.HigherIsBetter ?? !(LowerIsBetter(evaluation.Metric) ?? false);
    }

    /// <summary>
    /// The direction a fairness assessment is judged by: the attribute's <c>HigherIsBetter</c> when it was set; otherwise
    /// true for ratio metrics (<c>disparate_impact</c>, <c>demographic_parity_ratio</c>, any name ending in
    /// <c>ratio</c>) and false for everything else (differences and gaps, and unknown metrics). A null declaration is
    /// false. Never throws.
    /// </summary>
    public static bool HigherIsBetter(FairnessAssessmentDeclaration? assessment)
    {
        if (assessment is null)
        {
            return false;
        }

        if (assessment.HigherIsBetter is { } explicitDirection)
        {
            return explicitDirection;
        }

        if (Find(assessment.Metric) is { IsRatio: true })
        {
            return true;
        }

        var name = Normalize(assessment.Metric);
        return name is not null && (name == "ratio" || name.EndsWith("_ratio", StringComparison.Ordinal));
    }

    /// <summary>
    /// True when <paramref name="value"/> is on the wrong side of <paramref name="threshold"/>: below it when higher is
    /// better, above it when lower is better. A value equal to the threshold meets it. False when either is NaN (not set).
    /// </summary>
    public static bool Breaches(double value, double threshold, bool higherIsBetter)
    {
        if (double.IsNaN(value) || double.IsNaN(threshold))
        {
            return false;
        }

        return higherIsBetter ? value < threshold : value > threshold;
    }

    /// <summary>
    /// True when <paramref name="value"/> is within the bounds of <paramref name="metric"/> (see <see cref="TryGetBounds"/>),
    /// or the metric is unknown. False for NaN. When false, <paramref name="reason"/> says why, with a hint when a 0–1
    /// metric looks written as a percentage (<c>'accuracy' is between 0 and 1; 87 is out of range (a percentage?
    /// write 0.87)</c>). Never throws.
    /// </summary>
    public static bool IsInRange(string? metric, double value, out string? reason)
    {
        reason = null;
        var name = metric is null ? "the metric" : ValidationText.Quote(metric);
        if (double.IsNaN(value))
        {
            reason = "the value of " + name + " is not a number";
            return false;
        }

        var known = Find(metric);
        if (known is null || (value >= known.Min && value <= known.Max))
        {
            return true;
        }

        string range;
        if (double.IsNegativeInfinity(known.Min))
        {
            range = "at most " + ValidationText.Number(known.Max);
        }
        else if (double.IsPositiveInfinity(known.Max))
        {
            range = "at least " + ValidationText.Number(known.Min);
        }
        else
        {
            range = "between " + ValidationText.Number(known.Min) + " and " + ValidationText.Number(known.Max);
        }

        reason = name + " is " + range + "; " + ValidationText.Number(value) + " is out of range";
        if (known.Min == 0 && known.Max == 1 && value > 1 && value <= 100)
        {
            reason += " (a percentage? write " + ValidationText.Number(value / 100) + ")";
        }

        return false;
    }

    private enum Direction
    {
        None,
        Higher,
        Lower,
    }

    private sealed class Metric
    {
        public Metric(double min, double max, Direction direction, bool isRatio = false)
        {
            Min = min;
            Max = max;
            Direction = direction;
            IsRatio = isRatio;
        }

        public double Min { get; }

        public double Max { get; }

        public Direction Direction { get; }

        public bool IsRatio { get; }
    }

    private const double Infinity = double.PositiveInfinity;

    private static readonly Metric Difference = new(0, 1, Direction.Lower);
    private static readonly Metric Ratio = new(0, Infinity, Direction.Higher, isRatio: true);
    private static readonly Metric Latency = new(0, Infinity, Direction.Lower);

    private static readonly HashSet<string> Qualifiers = new(StringComparer.Ordinal)
    {
        "macro", "micro", "weighted", "samples", "binary", "avg", "average", "mean", "overall", "test", "val", "valid",
        "validation", "eval", "evaluation", "dev", "holdout",
    };

    private static readonly HashSet<string> FairnessCriteria = new(StringComparer.Ordinal)
    {
        "demographic_parity", "statistical_parity", "equal_opportunity", "equalized_odds", "equalised_odds",
        "average_odds", "predictive_parity", "predictive_equality", "selection_rate", "treatment_equality",
    };

    private static readonly Dictionary<string, Metric> Known = Build();

    private static Dictionary<string, Metric> Build()
    {
        var known = new Dictionary<string, Metric>(StringComparer.Ordinal);
        void Add(Metric metric, params string[] names)
        {
            foreach (var name in names)
            {
                known[name] = metric;
            }
        }

        var unit = new Metric(0, 1, Direction.Higher);
        Add(unit, "accuracy", "acc", "exact_match", "em", "exact_match_accuracy", "balanced_accuracy", "bacc",
            "balanced_acc", "precision", "ppv", "positive_predictive_value", "recall", "sensitivity", "tpr",
            "true_positive_rate", "specificity", "tnr", "true_negative_rate", "selectivity", "npv",
            "negative_predictive_value", "f1", "f_1", "f1score", "f_measure", "fmeasure", "fbeta", "f_beta", "f2", "f0.5",
            "auc", "roc_auc", "auroc", "auc_roc", "rocauc", "pr_auc", "auprc", "auc_pr", "aupr", "average_precision", "ap",
            "hit_rate", "hitrate", "hits", "hit_ratio", "ndcg", "normalized_discounted_cumulative_gain", "map",
            "mean_average_precision", "mrr", "mean_reciprocal_rank", "rouge", "rouge1", "rouge_1", "rouge2", "rouge_2",
            "rougel", "rouge_l", "rougelsum", "rouge_lsum", "meteor", "bertscore", "bert_score", "bertscore_f1",
            "bertscore_precision", "bertscore_recall", "iou", "jaccard", "jaccard_index", "miou", "mean_iou", "dice",
            "dice_coefficient", "ks", "ks_statistic", "kolmogorov_smirnov", "faithfulness", "groundedness",
            "answer_relevancy", "answer_relevance", "context_precision", "context_recall", "success_rate",
            "task_success_rate", "pass_rate", "pass", "win_rate");
        Add(new Metric(0, 100, Direction.Higher), "bleu", "sacrebleu", "bleu4", "bleu_4", "chrf", "chrf++", "chrfpp");
        Add(new Metric(-1, 1, Direction.Higher), "mcc", "matthews_corrcoef", "matthews_correlation",
            "matthews_correlation_coefficient", "cohen_kappa", "cohens_kappa", "kappa", "gini", "gini_coefficient",
            "pearson", "pearson_r", "pearsonr", "pearson_correlation", "spearman", "spearman_rho", "spearmanr",
            "spearman_correlation", "kendall_tau");
        Add(new Metric(double.NegativeInfinity, 1, Direction.Higher), "r2", "r_squared", "r^2", "rsquared",
            "coefficient_of_determination", "explained_variance");
        Add(new Metric(0, Infinity, Direction.Lower), "wer", "word_error_rate", "cer", "character_error_rate", "ter",
            "translation_edit_rate", "mae", "mean_absolute_error", "mse", "mean_squared_error", "rmse",
            "root_mean_squared_error", "mape", "mean_absolute_percentage_error", "msle", "mean_squared_log_error",
            "rmsle", "log_loss", "logloss", "cross_entropy", "cross_entropy_loss", "nll", "negative_log_likelihood", "psi",
            "population_stability_index");
        Add(new Metric(0, 200, Direction.Lower), "smape");
        Add(new Metric(0, 1, Direction.Lower), "error_rate", "error", "err", "misclassification_rate",
            "classification_error", "zero_one_loss", "false_positive_rate", "fpr", "fall_out", "false_negative_rate",
            "fnr", "miss_rate", "false_discovery_rate", "fdr", "false_omission_rate", "brier", "brier_score", "ece",
            "expected_calibration_error", "calibration_error", "mce", "maximum_calibration_error", "hamming_loss",
            "hallucination_rate", "hallucination", "toxicity_rate", "toxicity", "toxic_rate", "toxicity_score",
            "attack_success_rate", "jailbreak_success_rate", "jailbreak_rate", "prompt_injection_success_rate");
        Add(new Metric(1, Infinity, Direction.Lower), "perplexity", "ppl");
        Add(new Metric(double.NegativeInfinity, Infinity, Direction.Lower), "loss");
        Add(new Metric(0, Infinity, Direction.Higher), "throughput", "tokens_per_second", "requests_per_second", "qps");
        Add(Latency, "latency", "latency_ms", "response_time", "response_time_ms", "inference_time", "inference_time_ms",
            "time_to_first_token", "ttft", "ttft_ms");
        Add(new Metric(0, 1, Direction.None), "selection_rate", "positive_rate");
        Add(Ratio, "disparate_impact", "disparate_impact_ratio", "four_fifths_ratio");
        return known;
    }

    private static Metric? Find(string? metric)
    {
        var name = Normalize(metric);
        return name is null ? null : Resolve(name, 0);
    }

    private static Metric? Resolve(string name, int depth)
    {
        if (name.Length == 0 || depth > 6)
        {
            return null;
        }

        if (Known.TryGetValue(name, out var exact))
        {
            return exact;
        }

        // Cut-offs: ndcg@10, precision@k, map@0.5:0.95, recall_at_10.
        var at = name.IndexOf('@');
        if (at > 0)
        {
            return IsCutoff(name, at + 1, name.Length) ? Resolve(name.Substring(0, at).TrimEnd('_'), depth + 1) : null;
        }

        var atWord = name.LastIndexOf("_at_", StringComparison.Ordinal);
        if (atWord > 0 && IsCutoff(name, atWord + 4, name.Length))
        {
            return Resolve(name.Substring(0, atWord), depth + 1);
        }

        // Top-k: top_5_accuracy, top1_error, top_k_accuracy.
        if (name.StartsWith("top", StringComparison.Ordinal) && name.Length > 4)
        {
            var pos = name[3] == '_' ? 4 : 3;
            var cutoffStart = pos;
            while (pos < name.Length && (ValidationText.IsAsciiDigit(name[pos]) || name[pos] == 'k'))
            {
                pos++;
            }

            if (pos > cutoffStart && pos < name.Length - 1 && name[pos] == '_')
            {
                return Resolve(name.Substring(pos + 1), depth + 1);
            }
        }

        var lastSeparator = name.LastIndexOf('_');
        if (lastSeparator > 0)
        {
            var last = name.Substring(lastSeparator + 1);
            var rest = name.Substring(0, lastSeparator);
            switch (last)
            {
                case "difference" or "diff" or "gap":
                    return FairnessCriteria.Contains(rest) || IsUnitMetric(Resolve(rest, depth + 1)) ? Difference : null;
                case "ratio":
                    return FairnessCriteria.Contains(rest) || IsUnitMetric(Resolve(rest, depth + 1)) ? Ratio : null;
                case "pct" or "percent" or "percentage":
                    var unit = Resolve(rest, depth + 1);
                    return IsUnitMetric(unit) ? new Metric(0, 100, unit!.Direction) : null;
                case "score":
                    return Resolve(rest, depth + 1);
            }

            if (Qualifiers.Contains(last))
            {
                return Resolve(rest, depth + 1);
            }

            var firstSeparator = name.IndexOf('_');
            if (Qualifiers.Contains(name.Substring(0, firstSeparator)))
            {
                return Resolve(name.Substring(firstSeparator + 1), depth + 1);
            }
        }

        return HasWord(name, "latency") ? Latency : null;
    }

    private static bool IsUnitMetric(Metric? metric) => metric is { Min: 0, Max: 1 };

    private static bool IsCutoff(string name, int start, int end)
    {
        if (start >= end)
        {
            return false;
        }

        if (end - start == 1 && name[start] == 'k')
        {
            return true;
        }

        for (var i = start; i < end; i++)
        {
            var c = name[i];
            if (!ValidationText.IsAsciiDigit(c) && c != '.' && c != ':')
            {
                return false;
            }
        }

        return ValidationText.IsAsciiDigit(name[start]);
    }

    private static bool HasWord(string name, string word)
    {
        var index = name.IndexOf(word, StringComparison.Ordinal);
        while (index >= 0)
        {
            var end = index + word.Length;
            if ((index == 0 || name[index - 1] == '_') && (end == name.Length || name[end] == '_'))
            {
                return true;
            }

            index = name.IndexOf(word, index + 1, StringComparison.Ordinal);
        }

        return false;
    }

    /// <summary>Lowercase ASCII, with runs of '-', '_', spaces and tabs turned into one '_' and trimmed; null when empty or over 128 characters.</summary>
    private static string? Normalize(string? metric)
    {
        if (metric is null || metric.Length == 0 || metric.Length > 512)
        {
            return null;
        }

        var chars = new char[metric.Length];
        var length = 0;
        foreach (var c in metric)
        {
            if (c == '-' || c == '_' || c == ' ' || c == '\t' || ValidationText.IsBlank(c))
            {
                if (length > 0 && chars[length - 1] != '_')
                {
                    chars[length++] = '_';
                }
            }
            else
            {
                chars[length++] = ValidationText.ToLowerAscii(c);
            }
        }

        while (length > 0 && chars[length - 1] == '_')
        {
            length--;
        }

        return length == 0 || length > 128 ? null : new string(chars, 0, length);
    }
}
