using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Xunit.Abstractions;

namespace AiCompliance.Analyzers.Tests.Corpus;

/// <summary>
/// AIC001's accuracy on the labelled corpus (see <see cref="LabelledCorpus"/>): precision and recall per family, printed
/// as a table, and each family held to <see cref="MinimumPrecision"/> and <see cref="MinimumRecall"/>. The labels state
/// the target behaviour of issue 13 (roles, not mentions), not what the analyzer happens to do.
/// </summary>
public sealed class LabelledCorpusTests(ITestOutputHelper output)
{
    public const double MinimumPrecision = 0.97;
    public const double MinimumRecall = 0.95;
    public const int MinimumTypes = 300;

    /// <summary>Every family of today's .NET AI stacks, as named by the '// family:' header of its corpus file.</summary>
    public static readonly string[] ExpectedFamilies =
    [
        "OpenAI", "Azure OpenAI", "Microsoft.Extensions.AI", "Semantic Kernel", "ML.NET", "ONNX Runtime", "TorchSharp",
        "LLamaSharp", "OllamaSharp", "Anthropic", "Google GenAI", "Microsoft Agent Framework", "Azure AI Projects and Agents",
        "Kernel Memory", "Model Context Protocol", "Azure AI language, vision and document services", "AWS Bedrock",
    ];

    [Fact]
    public void The_corpus_covers_every_family_with_at_least_300_labelled_types()
    {
        var families = LabelledCorpus.Families;
        var problems = families.SelectMany(f => f.Problems.Select(p => $"{f.File}: {p}")).ToList();
        Assert.True(problems.Count == 0, "Unlabelled or malformed types:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
        Assert.Equal(ExpectedFamilies.Order(StringComparer.Ordinal), families.Select(f => f.Name).Order(StringComparer.Ordinal));
        Assert.All(families, f => Assert.Contains(f.Labels, l => l.Report));
        Assert.All(families, f => Assert.Contains(f.Labels, l => !l.Report));
        Assert.InRange(families.Sum(f => f.Labels.Length), MinimumTypes, int.MaxValue);
    }

    [Fact]
    public void Every_family_meets_the_thresholds() => AssertThresholds(LabelledCorpus.Families);

    private void AssertThresholds(IEnumerable<CorpusFamily> checkedFamilies)
    {
        output.WriteLine(Table(LabelledCorpus.Families));
        var failures = new StringBuilder();
        foreach (var family in checkedFamilies)
        {
            if (family.Precision >= MinimumPrecision && family.Recall >= MinimumRecall)
            {
                continue;
            }

            failures.AppendLine(CultureInfo.InvariantCulture, $"{family.Name} ({family.File}): precision {family.Precision:P1}, recall {family.Recall:P1}");
            foreach (var label in family.FalsePositives)
            {
                failures.AppendLine(CultureInfo.InvariantCulture, $"  reported, expected none: {label.Type} (line {label.Line}): {label.Reason}");
            }

            foreach (var type in family.Unlabelled)
            {
                failures.AppendLine(CultureInfo.InvariantCulture, $"  reported, not a labelled type: {type}");
            }

            foreach (var label in family.FalseNegatives)
            {
                failures.AppendLine(CultureInfo.InvariantCulture, $"  not reported, expected a report: {label.Type} (line {label.Line}): {label.Reason}");
            }
        }

        Assert.True(failures.Length == 0, $"Below precision {MinimumPrecision:P0} or recall {MinimumRecall:P0}:{Environment.NewLine}{failures}");
    }

    private static string Table(IEnumerable<CorpusFamily> families)
    {
        var rows = families.ToList();
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"Family",-58} {"Types",5} {"TP",4} {"FP",4} {"FN",4} {"TN",4} {"Precision",9} {"Recall",7}");
        foreach (var f in rows)
        {
            var falsePositives = f.FalsePositives.Count() + f.Unlabelled.Count();
            var falseNegatives = f.FalseNegatives.Count();
            var trueNegatives = f.Labels.Length - f.ExpectedReports - f.FalsePositives.Count();
            var name = f.Name;
            text.AppendLine(CultureInfo.InvariantCulture, $"{name,-58} {f.Labels.Length,5} {f.TruePositives,4} {falsePositives,4} {falseNegatives,4} {trueNegatives,4} {f.Precision,9:P1} {f.Recall,7:P1}");
        }

        var truePositives = rows.Sum(f => f.TruePositives);
        var reports = rows.Sum(f => f.ActualReports);
        var expected = rows.Sum(f => f.ExpectedReports);
        text.AppendLine(CultureInfo.InvariantCulture, $"{"All",-58} {rows.Sum(f => f.Labels.Length),5} {truePositives,4} {reports - truePositives,4} {expected - truePositives,4} {"",4} {(reports == 0 ? 1 : (double)truePositives / reports),9:P1} {(expected == 0 ? 1 : (double)truePositives / expected),7:P1}");
        return text.ToString();
    }
}
