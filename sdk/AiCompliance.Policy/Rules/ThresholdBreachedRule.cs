using System.Globalization;
using AiCompliance.Policy.Declarations;
using AiCompliance.Policy.Validation;

namespace AiCompliance.Policy.Rules;

/// <summary>AIC301: an evaluation or fairness result breaches the threshold declared with it.</summary>
public sealed class ThresholdBreachedRule : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "AIC301", "ThresholdBreached", RuleCategory.Consistency,
        RuleSeverity.Warning, RuleSeverity.Warning, RuleSeverity.Error, introducedIn: "0.1.0");

    public override RuleDescriptor Descriptor => Rule;

    public override bool ChecksModels => true;

    public override void CheckModel(ModelContext context)
    {
        if (context.Model.Identity is null)
        {
            return;
        }

        foreach (var evaluation in context.Model.Evaluations)
        {
            var subject = string.IsNullOrEmpty(evaluation.Slice)
                ? LocalizedText.Of("Subject_Evaluation", evaluation.Metric)
                : LocalizedText.Of("Subject_EvaluationOnSlice", evaluation.Metric, evaluation.Slice);
            Check(context, evaluation, subject, evaluation.Value, evaluation.Threshold, MetricCatalog.HigherIsBetter(evaluation));
        }

        foreach (var fairness in context.Model.FairnessAssessments)
        {
            var subject = LocalizedText.Of("Subject_FairnessMetric", fairness.Metric ?? (object)LocalizedText.Of("Unnamed"), fairness.ProtectedAttribute);
            Check(context, fairness, subject, fairness.Value, fairness.Threshold, MetricCatalog.HigherIsBetter(fairness));
        }
    }

    private void Check(ModelContext context, Declaration target, LocalizedText subject, double? value, double? threshold, bool higherIsBetter)
    {
        if (value is not { } v || threshold is not { } t || double.IsNaN(v) || double.IsNaN(t) || double.IsInfinity(v) || double.IsInfinity(t) ||
            !MetricCatalog.Breaches(v, t, higherIsBetter))
        {
            return;
        }

        context.Report(
            Descriptor, target, "Value", null,
            subject, context.Model.DisplayId, Format(v), Format(t), LocalizedText.Of(higherIsBetter ? "Threshold_Higher" : "Threshold_Lower"));
    }

    private static string Format(double value) => value.ToString("G", CultureInfo.InvariantCulture);
}
