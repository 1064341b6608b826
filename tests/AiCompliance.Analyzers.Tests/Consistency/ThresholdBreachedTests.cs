using System.Threading.Tasks;
using Verifier = AiCompliance.Analyzers.Tests.Verify<AiCompliance.Analyzers.Consistency.ThresholdBreachedAnalyzer>;

namespace AiCompliance.Analyzers.Tests.Consistency;

public sealed class ThresholdBreachedTests
{
    [Fact]
    public Task Results_on_the_wrong_side_of_their_threshold_are_reported_on_the_value() =>
        Verifier.AnalyzerAsync(
            """
            using AiCompliance;

            [AiModel("credit-scorer")]
            [Evaluation("auc", {|#0:0.78|}, Threshold = 0.8, Slice = "age 18-25")]
            [Evaluation("auc", 0.86, Threshold = 0.8)]
            [Evaluation("false_positive_rate", {|#1:0.12|}, Threshold = 0.1)]
            [FairnessAssessment("gender", Metric = "demographic_parity_difference", Value = {|#2:0.07|}, Threshold = 0.05)]
            [FairnessAssessment("age band", Metric = "disparate_impact_ratio", Value = {|#3:0.72|}, Threshold = 0.8)]
            public sealed class CreditScorer { }
            """,
            Verifier.Diagnostic("AIC301").WithLocation(0).WithMessage("Evaluation 'auc' on slice 'age 18-25' of model 'credit-scorer' is 0.78, which breaches its threshold 0.8 (higher is better)"),
            Verifier.Diagnostic("AIC301").WithLocation(1).WithMessage("Evaluation 'false_positive_rate' of model 'credit-scorer' is 0.12, which breaches its threshold 0.1 (lower is better)"),
            Verifier.Diagnostic("AIC301").WithLocation(2).WithMessage("Fairness metric 'demographic_parity_difference' for 'gender' of model 'credit-scorer' is 0.07, which breaches its threshold 0.05 (lower is better)"),
            Verifier.Diagnostic("AIC301").WithLocation(3).WithMessage("Fairness metric 'disparate_impact_ratio' for 'age band' of model 'credit-scorer' is 0.72, which breaches its threshold 0.8 (higher is better)"));

    [Fact]
    public Task An_explicit_direction_wins_over_the_metric_name() =>
        Verifier.AnalyzerAsync(
            """
            using AiCompliance;

            [AiModel("eta")]
            [Evaluation("minutes_late", {|#0:7.5|}, Threshold = 5, HigherIsBetter = false)]
            [Evaluation("custom_score", 3, Threshold = 5, HigherIsBetter = false)]
            [FairnessAssessment("region", Metric = "coverage_gap", Value = 0.9, Threshold = 0.8, HigherIsBetter = true)]
            public sealed class Eta { }
            """,
            Verifier.Diagnostic("AIC301").WithLocation(0).WithMessage("Evaluation 'minutes_late' of model 'eta' is 7.5, which breaches its threshold 5 (lower is better)"));

    [Fact]
    public Task Results_without_a_threshold_exactly_at_it_or_not_numbers_are_left_alone() =>
        Verifier.AnalyzerAsync(
            """
            using AiCompliance;

            [AiModel("scorer")]
            [Evaluation("auc", 0.8, Threshold = 0.8)]
            [Evaluation("auc", 0.7)]
            [Evaluation("auc", double.NaN, Threshold = 0.8)]
            [Evaluation("auc", 0.7, Threshold = double.PositiveInfinity)]
            [FairnessAssessment("gender", Metric = "demographic_parity_difference", Threshold = 0.05)]
            public sealed class Scorer { }

            [Evaluation("auc", 0.1, Threshold = 0.8)]
            public sealed class NotAModel { }
            """);
}
