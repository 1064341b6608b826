using System;
using System.Collections.Generic;
using System.Globalization;
using AiCompliance.Policy.Declarations;

namespace AiCompliance.Policy.Evidence;

/// <summary>A declaration that names an evidence file, and how messages name it ("evaluation 'auc'").</summary>
public sealed class EvidenceBinding
{
    private EvidenceBinding(Declaration declaration, string description, string? evidence, string? sha256)
    {
        Declaration = declaration;
        Description = description;
        Evidence = evidence;
        EvidenceSha256 = sha256;
    }

    public Declaration Declaration { get; }

    public string Description { get; }

    public string? Evidence { get; }

    public string? EvidenceSha256 { get; }

    /// <summary>Every evaluation, fairness and security declaration of a model that names evidence, in declaration order.</summary>
    public static IReadOnlyList<EvidenceBinding> Of(ModelDeclarations model)
    {
        var result = new List<EvidenceBinding>();
        foreach (var evaluation in model.Evaluations)
        {
            Add(evaluation, "evaluation '" + evaluation.Metric + "'" + (string.IsNullOrWhiteSpace(evaluation.Slice) ? "" : " (" + evaluation.Slice!.Trim() + ")"), evaluation.Evidence, evaluation.EvidenceSha256);
        }

        foreach (var fairness in model.FairnessAssessments)
        {
            Add(fairness, "fairness assessment '" + fairness.ProtectedAttribute + "'", fairness.Evidence, fairness.EvidenceSha256);
        }

        if (model.SecurityAssessment is { } security)
        {
            Add(security, "security assessment", security.Evidence, security.EvidenceSha256);
        }

        return result;

        void Add(Declaration declaration, string description, string? evidence, string? sha256)
        {
            if (!string.IsNullOrWhiteSpace(evidence) || !string.IsNullOrWhiteSpace(sha256))
            {
                result.Add(new EvidenceBinding(declaration, description, evidence?.Trim(), sha256));
            }
        }
    }

    /// <summary>
    /// Where the declaration disagrees with the file: the property to point at and what the file says, or
    /// <see langword="null"/> when every declared value is in the file. A declared number agrees with the file's when
    /// it is the file's value rounded to the digits written (0.87 for 0.8734).
    /// </summary>
    public (string Property, int? Element, string Reason)? Disagreement(EvidenceDocument document)
    {
        if (document.Problem is { } problem)
        {
            return ("Evidence", null, "the file cannot be read as evidence: " + problem);
        }

        return Declaration switch
        {
            EvaluationDeclaration evaluation => Compare(evaluation, document),
            FairnessAssessmentDeclaration fairness => Compare(fairness, document),
            SecurityAssessmentDeclaration security => Compare(security, document),
            _ => null,
        };
    }

    private static (string, int?, string)? Compare(EvaluationDeclaration declared, EvidenceDocument document)
    {
        var found = false;
        var values = new List<double>();
        foreach (var result in document.Evaluations)
        {
            if (Same(result.Metric, declared.Metric) && Same(result.Slice, declared.Slice) &&
                Compatible(result.Dataset, declared.Dataset) && Compatible(result.Language, declared.Language))
            {
                found = true;
                if (declared.Value is not { } value || Agrees(value, result.Value))
                {
                    return null;
                }

                values.Add(result.Value);
            }
        }

        if (!found)
        {
            var slice = string.IsNullOrWhiteSpace(declared.Slice) ? " overall" : " for slice '" + declared.Slice!.Trim() + "'";
            return ("Metric", null, "the file has no '" + declared.Metric + "' result" + slice);
        }

        return ("Value", null, "the file says " + string.Join(" or ", values.ConvertAll(Format)));
    }

    private static (string, int?, string)? Compare(FairnessAssessmentDeclaration declared, EvidenceDocument document)
    {
        FairnessEvidence? match = null;
        foreach (var result in document.Fairness)
        {
            if (Same(result.ProtectedAttribute, declared.ProtectedAttribute) && Compatible(result.Metric, declared.Metric))
            {
                match = result;
                break;
            }
        }

        if (match is null)
        {
            return ("ProtectedAttribute", null, "the file has no fairness result for '" + declared.ProtectedAttribute + "'" + (declared.Metric is null ? "" : " and metric '" + declared.Metric + "'"));
        }

        if (declared.Value is { } value && !double.IsNaN(value))
        {
            if (match.Value is not { } actual)
            {
                return ("Value", null, "the file gives no summary value");
            }

            if (!Agrees(value, actual))
            {
                return ("Value", null, "the file says " + Format(actual));
            }
        }

        for (var i = 0; i < declared.GroupValues.Count && i < declared.Groups.Count; i++)
        {
            var group = declared.Groups[i];
            var index = match.Groups.Count == 0 ? -1 : IndexOf(match.Groups, group);
            if (index < 0 || index >= match.GroupValues.Count)
            {
                return ("GroupValues", i, "the file has no value for group '" + group + "'");
            }

            if (!Agrees(declared.GroupValues[i], match.GroupValues[index]))
            {
                return ("GroupValues", i, "the file says " + Format(match.GroupValues[index]) + " for group '" + group + "'");
            }
        }

        return null;
    }

    private static (string, int?, string)? Compare(SecurityAssessmentDeclaration declared, EvidenceDocument document)
    {
        if (document.Security.Count == 0)
        {
            return ("Tests", null, "the file has no security assessment");
        }

        var listed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var dates = new List<string>();
        foreach (var result in document.Security)
        {
            listed.UnionWith(result.Tests);
            if (result.Date is { } date)
            {
                dates.Add(date);
            }
        }

        if (declared.Tests is { } tests)
        {
            foreach (SecurityTest test in Enum.GetValues(typeof(SecurityTest)))
            {
                if (test != SecurityTest.None && (tests & test) == test && !listed.Contains(test.ToString()))
                {
                    return ("Tests", null, "the file does not list " + test + " testing");
                }
            }
        }

        if (!string.IsNullOrWhiteSpace(declared.Date) && !dates.Exists(date => Same(date, declared.Date)))
        {
            return ("Date", null, dates.Count == 0 ? "the file gives no date" : "the file says " + string.Join(" or ", dates));
        }

        return null;
    }

    private static int IndexOf(IReadOnlyList<string> groups, string? group)
    {
        for (var i = 0; i < groups.Count; i++)
        {
            if (Same(groups[i], group))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool Same(string? left, string? right) =>
        string.Equals(Normalise(left), Normalise(right), StringComparison.OrdinalIgnoreCase);

    /// <summary>Equal, or one side does not say (a file without datasets binds to a declaration that names one).</summary>
    private static bool Compatible(string? fromFile, string? declared) =>
        Normalise(fromFile) is null || Normalise(declared) is null || Same(fromFile, declared);

    private static string? Normalise(string? text) => string.IsNullOrWhiteSpace(text) ? null : text!.Trim();

    /// <summary>Whether <paramref name="declared"/> is <paramref name="actual"/> rounded to the decimals it is written with.</summary>
    internal static bool Agrees(double declared, double actual)
    {
        if (double.IsNaN(declared) || double.IsInfinity(declared))
        {
            return declared.Equals(actual);
        }

        var written = declared.ToString("R", CultureInfo.InvariantCulture);
        if (written.IndexOf('E') >= 0)
        {
            return Math.Abs(declared - actual) <= Math.Abs(declared) * 1e-9;
        }

        var point = written.IndexOf('.');
        var decimals = point < 0 ? 0 : written.Length - point - 1;
        return Math.Abs(declared - actual) <= (0.5 * Math.Pow(10, -decimals)) + 1e-12;
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
