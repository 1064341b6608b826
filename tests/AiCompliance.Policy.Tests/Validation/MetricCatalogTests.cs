using AiCompliance.Policy.Declarations;
using AiCompliance.Policy.Validation;

namespace AiCompliance.Policy.Tests.Validation;

public sealed class MetricCatalogTests
{
    private const double Inf = double.PositiveInfinity;
    private const double NegInf = double.NegativeInfinity;

    [Theory]
    [InlineData("accuracy", 0, 1, false)]
    [InlineData("Accuracy", 0, 1, false)]
    [InlineData("balanced_accuracy", 0, 1, false)]
    [InlineData("balanced accuracy", 0, 1, false)]
    [InlineData("precision", 0, 1, false)]
    [InlineData("recall", 0, 1, false)]
    [InlineData("sensitivity", 0, 1, false)]
    [InlineData("specificity", 0, 1, false)]
    [InlineData("f1", 0, 1, false)]
    [InlineData("F1-Score", 0, 1, false)]
    [InlineData("f1_macro", 0, 1, false)]
    [InlineData("macro_f1", 0, 1, false)]
    [InlineData("f1 weighted", 0, 1, false)]
    [InlineData("eval_accuracy", 0, 1, false)]
    [InlineData("test-accuracy", 0, 1, false)]
    [InlineData("auc", 0, 1, false)]
    [InlineData("ROC-AUC", 0, 1, false)]
    [InlineData("pr_auc", 0, 1, false)]
    [InlineData("exact_match", 0, 1, false)]
    [InlineData("exact match", 0, 1, false)]
    [InlineData("top-5 accuracy", 0, 1, false)]
    [InlineData("top_k_accuracy", 0, 1, false)]
    [InlineData("top1_accuracy", 0, 1, false)]
    [InlineData("top_1_error", 0, 1, true)]
    [InlineData("hit_rate", 0, 1, false)]
    [InlineData("hits@10", 0, 1, false)]
    [InlineData("ndcg", 0, 1, false)]
    [InlineData("ndcg@10", 0, 1, false)]
    [InlineData("NDCG@K", 0, 1, false)]
    [InlineData("map", 0, 1, false)]
    [InlineData("mAP@0.5:0.95", 0, 1, false)]
    [InlineData("mrr", 0, 1, false)]
    [InlineData("precision@k", 0, 1, false)]
    [InlineData("recall@10", 0, 1, false)]
    [InlineData("recall_at_10", 0, 1, false)]
    [InlineData("pass@1", 0, 1, false)]
    [InlineData("mcc", -1, 1, false)]
    [InlineData("cohen_kappa", -1, 1, false)]
    [InlineData("gini", -1, 1, false)]
    [InlineData("r2", NegInf, 1, false)]
    [InlineData("R^2", NegInf, 1, false)]
    [InlineData("bleu", 0, 100, false)]
    [InlineData("BLEU-4", 0, 100, false)]
    [InlineData("chrF++", 0, 100, false)]
    [InlineData("rouge-L", 0, 1, false)]
    [InlineData("ROUGE-Lsum", 0, 1, false)]
    [InlineData("rouge1", 0, 1, false)]
    [InlineData("meteor", 0, 1, false)]
    [InlineData("BERTScore", 0, 1, false)]
    [InlineData("wer", 0, Inf, true)]
    [InlineData("word_error_rate", 0, Inf, true)]
    [InlineData("Word Error Rate", 0, Inf, true)]
    [InlineData("cer", 0, Inf, true)]
    [InlineData("character_error_rate", 0, Inf, true)]
    [InlineData("false_positive_rate", 0, 1, true)]
    [InlineData("FPR", 0, 1, true)]
    [InlineData("false_negative_rate", 0, 1, true)]
    [InlineData("error_rate", 0, 1, true)]
    [InlineData("brier_score", 0, 1, true)]
    [InlineData("log_loss", 0, Inf, true)]
    [InlineData("mae", 0, Inf, true)]
    [InlineData("mse", 0, Inf, true)]
    [InlineData("rmse", 0, Inf, true)]
    [InlineData("mape", 0, Inf, true)]
    [InlineData("perplexity", 1, Inf, true)]
    [InlineData("latency_ms", 0, Inf, true)]
    [InlineData("p95_latency_ms", 0, Inf, true)]
    [InlineData("latency p99", 0, Inf, true)]
    [InlineData("hallucination_rate", 0, 1, true)]
    [InlineData("toxicity rate", 0, 1, true)]
    [InlineData("demographic_parity_difference", 0, 1, true)]
    [InlineData("equal_opportunity_difference", 0, 1, true)]
    [InlineData("equalized_odds_difference", 0, 1, true)]
    [InlineData("false_positive_rate_difference", 0, 1, true)]
    [InlineData("accuracy_gap", 0, 1, true)]
    [InlineData("disparate_impact", 0, Inf, false)]
    [InlineData("demographic_parity_ratio", 0, Inf, false)]
    [InlineData("equalized_odds_ratio", 0, Inf, false)]
    [InlineData("equal_opportunity_ratio", 0, Inf, false)]
    [InlineData("accuracy_pct", 0, 100, false)]
    [InlineData("error rate percent", 0, 100, true)]
    [InlineData("loss", NegInf, Inf, true)]
    public void Known_metrics_have_bounds_and_a_direction(string metric, double min, double max, bool lowerIsBetter)
    {
        Assert.True(MetricCatalog.TryGetBounds(metric, out var actualMin, out var actualMax));
        Assert.Equal(min, actualMin);
        Assert.Equal(max, actualMax);
        Assert.Equal(lowerIsBetter, MetricCatalog.LowerIsBetter(metric));
        Assert.True(MetricCatalog.IsKnown(metric));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("unknown_metric")]
    [InlineData("customer_delight")]
    [InlineData("ndcg@")]
    [InlineData("ndcg@ten")]
    [InlineData("mae_difference")]
    [InlineData("topic_accuracy_index")]
    [InlineData("_")]
    public void Unknown_metrics_have_no_bounds_and_no_direction(string? metric)
    {
        Assert.False(MetricCatalog.TryGetBounds(metric, out var min, out var max));
        Assert.Equal(NegInf, min);
        Assert.Equal(Inf, max);
        Assert.Null(MetricCatalog.LowerIsBetter(metric));
        Assert.False(MetricCatalog.IsKnown(metric));
    }

    [Fact]
    public void Selection_rate_has_bounds_but_no_better_direction()
    {
        Assert.True(MetricCatalog.TryGetBounds("selection_rate", out var min, out var max));
        Assert.Equal((0d, 1d), (min, max));
        Assert.Null(MetricCatalog.LowerIsBetter("selection_rate"));
    }

    [Theory]
    [InlineData("accuracy", null, true)]
    [InlineData("word_error_rate", null, false)]
    [InlineData("latency_ms", null, false)]
    [InlineData("some_custom_score", null, true)]
    [InlineData(null, null, true)]
    [InlineData("selection_rate", null, true)]
    [InlineData("word_error_rate", true, true)]
    [InlineData("accuracy", false, false)]
    public void Evaluation_direction_is_explicit_or_from_the_catalog(string? metric, bool? explicitDirection, bool expected)
    {
        var evaluation = new EvaluationDeclaration { Metric = metric, HigherIsBetter = explicitDirection };
        Assert.Equal(expected, MetricCatalog.HigherIsBetter(evaluation));
    }

    [Theory]
    [InlineData("demographic_parity_difference", null, false)]
    [InlineData("equalized_odds_difference", null, false)]
    [InlineData("disparate_impact", null, true)]
    [InlineData("demographic_parity_ratio", null, true)]
    [InlineData("equal_opportunity_ratio", null, true)]
    [InlineData("custom_ratio", null, true)]
    [InlineData("custom gap", null, false)]
    [InlineData(null, null, false)]
    [InlineData("demographic_parity_difference", true, true)]
    [InlineData("disparate_impact", false, false)]
    public void Fairness_direction_is_explicit_or_true_for_ratios(string? metric, bool? explicitDirection, bool expected)
    {
        var assessment = new FairnessAssessmentDeclaration { Metric = metric, HigherIsBetter = explicitDirection };
        Assert.Equal(expected, MetricCatalog.HigherIsBetter(assessment));
    }

    [Fact]
    public void Null_declarations_get_the_default_directions()
    {
        Assert.True(MetricCatalog.HigherIsBetter((EvaluationDeclaration?)null));
        Assert.False(MetricCatalog.HigherIsBetter((FairnessAssessmentDeclaration?)null));
    }

    [Theory]
    [InlineData(0.79, 0.8, true, true)]
    [InlineData(0.8, 0.8, true, false)]
    [InlineData(0.81, 0.8, true, false)]
    [InlineData(0.11, 0.1, false, true)]
    [InlineData(0.1, 0.1, false, false)]
    [InlineData(0.09, 0.1, false, false)]
    [InlineData(double.NaN, 0.1, false, false)]
    [InlineData(0.5, double.NaN, true, false)]
    [InlineData(double.NegativeInfinity, 0.1, true, true)]
    [InlineData(double.PositiveInfinity, 0.1, false, true)]
    public void Breaches_compares_against_the_threshold_in_the_better_direction(double value, double threshold, bool higherIsBetter, bool expected)
    {
        Assert.Equal(expected, MetricCatalog.Breaches(value, threshold, higherIsBetter));
    }

    [Theory]
    [InlineData("accuracy", 0.87, null)]
    [InlineData("accuracy", 0, null)]
    [InlineData("accuracy", 1, null)]
    [InlineData("accuracy", 87, "'accuracy' is between 0 and 1; 87 is out of range (a percentage? write 0.87)")]
    [InlineData("accuracy", -0.1, "'accuracy' is between 0 and 1; -0.1 is out of range")]
    [InlineData("accuracy", 101, "'accuracy' is between 0 and 1; 101 is out of range")]
    [InlineData("r2", 1.5, "'r2' is at most 1; 1.5 is out of range")]
    [InlineData("r2", -40, null)]
    [InlineData("perplexity", 0.5, "'perplexity' is at least 1; 0.5 is out of range")]
    [InlineData("mcc", -2, "'mcc' is between -1 and 1; -2 is out of range")]
    [InlineData("wer", 1.3, null)]
    [InlineData("bleu", 35.2, null)]
    [InlineData("bleu", 0.352, null)]
    [InlineData("disparate_impact", 1.25, null)]
    [InlineData("unknown_metric", 1e300, null)]
    [InlineData("accuracy", double.NaN, "the value of 'accuracy' is not a number")]
    [InlineData(null, double.NaN, "the value of the metric is not a number")]
    [InlineData("accuracy", double.PositiveInfinity, "'accuracy' is between 0 and 1; Infinity is out of range")]
    public void IsInRange_checks_values_against_the_bounds(string? metric, double value, string? expected)
    {
        Assert.Equal(expected is null, MetricCatalog.IsInRange(metric, value, out var reason));
        Assert.Equal(expected, reason);
    }
}
