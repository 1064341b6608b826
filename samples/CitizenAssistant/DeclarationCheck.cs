using System.Reflection;
using AiCompliance;

namespace CitizenAssistant;

/// <summary>
/// Compares what the program measured with what <see cref="PublicServiceAssistant"/> declares. The declarations are
/// what the analyzers check and the model card publishes; when the FAQ, the test set or the code change, this check
/// fails until the attributes are updated from the new output.
/// </summary>
public static class DeclarationCheck
{
    public static bool Run(EvaluationReport report, TextWriter output)
    {
        var ok = true;
        var declaredEvaluations = typeof(PublicServiceAssistant).GetCustomAttributes<EvaluationAttribute>().ToList();
        foreach (var measured in report.Results())
        {
            var declared = declaredEvaluations.Find(e => e.Metric == measured.Metric && e.Slice == measured.Slice);
            ok &= Row(output, "evaluation", measured.Slice is null ? measured.Metric : $"{measured.Metric} [{measured.Slice}]", measured.Value, declared?.Value);
            if (declared is not null)
            {
                declaredEvaluations.Remove(declared);
            }
        }

        var declaredFairness = typeof(PublicServiceAssistant).GetCustomAttributes<FairnessAssessmentAttribute>().ToList();
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

    /// <summary>
    /// Compares the notice declared for each language ([AiDisclosure] with Language) with the one the FAQ makes every
    /// answer in that language carry, so the card never publishes a notice residents do not see.
    /// </summary>
    public static bool Disclosures(FaqKnowledgeBase faq, TextWriter output)
    {
        var ok = true;
        var declared = typeof(PublicServiceAssistant).GetCustomAttributes<AiDisclosureAttribute>().ToList();
        foreach (var (language, messages) in faq.Messages)
        {
            var notice = declared.Find(d => d.Language == language);
            var status = notice is null ? "NOT DECLARED" : notice.Notice == messages.Disclosure ? "ok" : "MISMATCH";
            output.WriteLine($"  {"disclosure",-10}  {language,-46} {status,20}");
            ok &= status == "ok";
        }

        return ok;
    }

    /// <summary>Rounds the way the declarations are written: three decimals, half away from zero.</summary>
    public static double Round3(double value) => Math.Round(value, 3, MidpointRounding.AwayFromZero);

    private static bool Row(TextWriter output, string kind, string name, double measured, double? declared)
    {
        var rounded = Round3(measured);
        var matches = declared is { } d && Math.Abs(d - rounded) < 1e-9;
        var status = matches ? "ok" : declared is null ? "NOT DECLARED" : "MISMATCH";
        output.WriteLine($"  {kind,-10}  {name,-46} {rounded,8:F3} {(declared is { } v ? v.ToString("F3") : "-"),9}   {status}");
        return matches;
    }
}
