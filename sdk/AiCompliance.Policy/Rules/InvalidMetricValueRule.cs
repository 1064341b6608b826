using System.Globalization;
using AiCompliance.Policy.Declarations;
using AiCompliance.Policy.Validation;

namespace AiCompliance.Policy.Rules;

/// <summary>AIC207: a declared number is not a number, is infinite, or is out of range for its metric.</summary>
public sealed class InvalidMetricValueRule : ValueRule
{
    public static readonly RuleDescriptor Rule = Describe("AIC207", "InvalidMetricValue", introducedIn: "0.1.0");

    public override RuleDescriptor Descriptor => Rule;

    public override bool ChecksModels => true;

    public override void CheckModel(ModelContext context)
    {
        var model = context.Model;
        if (model.Identity is null)
        {
            return;
        }

        foreach (var evaluation in model.Evaluations)
        {
            var name = "evaluation '" + evaluation.Metric + "'";
            Check(context, evaluation, evaluation.Metric, "Value", evaluation.Value, "The value of " + name);
            Check(context, evaluation, evaluation.Metric, "Threshold", evaluation.Threshold, "The threshold of " + name);
            Check(context, evaluation, evaluation.Metric, "ConfidenceLow", evaluation.ConfidenceLow, "The lower confidence bound of " + name);
            Check(context, evaluation, evaluation.Metric, "ConfidenceHigh", evaluation.ConfidenceHigh, "The upper confidence bound of " + name);
            if (evaluation.ConfidenceLow is { } low && evaluation.ConfidenceHigh is { } high && IsFinite(low) && IsFinite(high) && low > high)
            {
                context.Report(Descriptor, evaluation, "ConfidenceLow", null, "The confidence interval of " + name, Subject(model), "its lower bound " + Format(low) + " is above its upper bound " + Format(high));
            }
        }

        foreach (var fairness in model.FairnessAssessments)
        {
            var name = "fairness metric '" + (fairness.Metric ?? "(unnamed)") + "' for '" + fairness.ProtectedAttribute + "'";
            Check(context, fairness, fairness.Metric, "Value", fairness.Value, "The value of " + name);
            Check(context, fairness, fairness.Metric, "Threshold", fairness.Threshold, "The threshold of " + name);
            for (var i = 0; i < fairness.GroupValues.Count; i++)
            {
                if (!IsFinite(fairness.GroupValues[i]))
                {
                    context.Report(Descriptor, fairness, "GroupValues", i, "A group value of " + name, Subject(model), Format(fairness.GroupValues[i]) + " is not a finite number");
                }
            }

            if (fairness.GroupValues.Count > 0 && fairness.GroupValues.Count != fairness.Groups.Count)
            {
                context.Report(Descriptor, fairness, "GroupValues", null, "The number of group values of " + name, Subject(model),
                    fairness.GroupValues.Count + " value(s) for " + fairness.Groups.Count + " group(s)");
            }
        }

        if (model.ComputeFootprint is { } footprint)
        {
            CheckNonNegative(context, footprint, "TrainingEnergyKWh", footprint.TrainingEnergyKWh, "The training energy (kWh)");
            CheckNonNegative(context, footprint, "Co2eKg", footprint.Co2eKg, "The emissions (kg CO2e)");
        }
    }

    private void Check(ModelContext context, Declaration declaration, string? metric, string property, double? value, string what)
    {
        // Named properties left unset arrive as null; NaN only counts when someone wrote it.
        if (value is not { } number || (double.IsNaN(number) && !DeclarationText.IsWritten(declaration, property)))
        {
            return;
        }

        if (!IsFinite(number))
        {
            context.Report(Descriptor, declaration, property, null, what, Subject(context.Model), Format(number) + " is not a finite number");
        }
        else if (!MetricCatalog.IsInRange(metric, number, out var reason))
        {
            context.Report(Descriptor, declaration, property, null, what, Subject(context.Model), reason);
        }
    }

    private void CheckNonNegative(ModelContext context, Declaration declaration, string property, double? value, string what)
    {
        if (value is not { } number || (double.IsNaN(number) && !DeclarationText.IsWritten(declaration, property)))
        {
            return;
        }

        if (!IsFinite(number))
        {
            context.Report(Descriptor, declaration, property, null, what, Subject(context.Model), Format(number) + " is not a finite number");
        }
        else if (number < 0)
        {
            context.Report(Descriptor, declaration, property, null, what, Subject(context.Model), Format(number) + " is negative");
        }
    }

    private static bool IsFinite(double value) => !double.IsNaN(value) && !double.IsInfinity(value);

    private static string Format(double value) =>
        double.IsNaN(value) ? "NaN" : double.IsPositiveInfinity(value) ? "+∞" : double.IsNegativeInfinity(value) ? "-∞" : value.ToString("G", CultureInfo.InvariantCulture);
}
