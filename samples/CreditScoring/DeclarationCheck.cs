using System.Reflection;
using AiCompliance;

namespace CreditScoring;

/// <summary>
/// Compares what the program measured with what <see cref="CreditScorer"/> declares. The declarations are what the
/// analyzers check and the model card publishes; if the model, the data or the seed change, this check fails until
/// the attributes are updated from the new output.
/// </summary>
public static class DeclarationCheck
{
    public static bool Run(EvaluationReport report, TextWriter output)
    {
        var ok = true;
        var declaredEvaluations = typeof(CreditScorer).GetCustomAttributes<EvaluationAttribute>().ToList();
        foreach (var measured in report.Results())
        {
            var declared = declaredEvaluations.Find(e => e.Metric == measured.Metric && e.Slice == measured.Slice);
            var name = measured.Slice is null ? measured.Metric : $"{measured.Metric} [{measured.Slice}]";
            ok &= Row(output, "evaluation", name, measured.Value, declared?.Value);
            if (declared is not null)
            {
                declaredEvaluations.Remove(declared);
            }
        }

        var declaredFairness = typeof(CreditScorer).GetCustomAttributes<FairnessAssessmentAttribute>().ToList();
        foreach (var measured in report.Fairness())
        {
            var declared = declaredFairness.Find(f => f.ProtectedAttribute == measured.ProtectedAttribute && f.Metric == measured.Metric);
            ok &= Row(output, "fairness", $"{measured.Metric} [{measured.ProtectedAttribute}]", measured.Value, declared?.Value);
            for (var i = 0; i < measured.Groups.Count; i++)
            {
                var index = declared?.Groups is { } groups ? Array.IndexOf(groups, measured.Groups[i]) : -1;
                double? declaredValue = index >= 0 && declared?.GroupValues is { } values && index < values.Length ? values[index] : null;
                ok &= Row(output, "  group", measured.Groups[i], measured.GroupValues[i], declaredValue);
            }

            if (declared is not null)
            {
                declaredFairness.Remove(declared);
            }
        }

        foreach (var extra in declaredEvaluations)
        {
            output.WriteLine($"  evaluation  {extra.Metric} [{extra.Slice}] is declared but not measured by this program");
            ok = false;
        }

        foreach (var extra in declaredFairness)
        {
            output.WriteLine($"  fairness    {extra.Metric} [{extra.ProtectedAttribute}] is declared but not measured by this program");
            ok = false;
        }

        return ok;
    }

    private static bool Row(TextWriter output, string kind, string name, double measured, double? declared)
    {
        var rounded = Metrics.Round3(measured);
        var matches = declared is { } d && Math.Abs(d - rounded) < 1e-9;
        var status = matches ? "ok" : declared is null ? "NOT DECLARED" : "MISMATCH";
        output.WriteLine($"  {kind,-10}  {name,-50} {rounded,7:F3} {(declared is { } v ? v.ToString("F3") : "-"),9}   {status}");
        return matches;
    }
}
