namespace CreditScoring;

/// <summary>Results on one age band.</summary>
/// <param name="TruePositiveRate">Of the applicants in the band who repaid, the share the model recommended for approval.</param>
public sealed record AgeBandResult(string AgeBand, int Count, double Auc, double ApprovalRate, double TruePositiveRate);

/// <summary>Results on one gender group.</summary>
public sealed record GenderResult(string Group, int Count, double ApprovalRate);

/// <summary>One measured number, named the way the declarations name it.</summary>
public sealed record MeasuredResult(string Metric, string? Slice, double Value);

/// <summary>One measured fairness result, named the way the declarations name it.</summary>
public sealed record MeasuredFairness(string ProtectedAttribute, string Metric, double Value, IReadOnlyList<string> Groups, IReadOnlyList<double> GroupValues);

/// <summary>
/// Everything the program measures on the holdout set. The [Evaluation] and [FairnessAssessment] declarations on
/// <see cref="CreditScorer"/> are copied from it, and <see cref="DeclarationCheck"/> compares the two on every run.
/// </summary>
public sealed record EvaluationReport(
    int Count,
    double Auc,
    ConfusionMatrix AtThreshold,
    IReadOnlyList<AgeBandResult> ByAgeBand,
    IReadOnlyList<GenderResult> ByGender)
{
    public const string Dataset = Datasets.Holdout;

    /// <summary>The largest gap in approval rate between gender groups (0 is parity).</summary>
    public double DemographicParityDifference => ByGender.Max(g => g.ApprovalRate) - ByGender.Min(g => g.ApprovalRate);

    /// <summary>The lowest approval rate of a gender group divided by the highest (the "four-fifths rule" compares it with 0.8).</summary>
    public double DisparateImpactRatio => ByGender.Min(g => g.ApprovalRate) / ByGender.Max(g => g.ApprovalRate);

    /// <summary>The largest gap in true-positive rate between age bands: creditworthy applicants approved less often.</summary>
    public double EqualOpportunityDifferenceByAge => ByAgeBand.Max(b => b.TruePositiveRate) - ByAgeBand.Min(b => b.TruePositiveRate);

    public static EvaluationReport Evaluate(CreditScorer scorer, IReadOnlyList<Applicant> holdout)
    {
        var scored = holdout.Select(a => (Applicant: a, Score: scorer.Score(a.Profile))).ToArray();
        var threshold = CreditScorer.ApprovalThreshold;

        var byAgeBand = Demographics.AgeBands
            .Select(band => scored.Where(r => r.Applicant.Demographics.AgeBand == band).ToArray())
            .Select(rows =>
            {
                var (scores, labels) = Columns(rows);
                var confusion = Metrics.Confusion(scores, labels, threshold);
                return new AgeBandResult(rows[0].Applicant.Demographics.AgeBand, rows.Length, Metrics.Auc(scores, labels), confusion.PositiveRate, confusion.Recall);
            })
            .ToArray();

        var byGender = Enum.GetValues<Gender>()
            .Select(gender =>
            {
                var (scores, labels) = Columns(scored.Where(r => r.Applicant.Demographics.Gender == gender));
                return new GenderResult(gender.ToString().ToLowerInvariant(), scores.Length, Metrics.Confusion(scores, labels, threshold).PositiveRate);
            })
            .ToArray();

        var (allScores, allLabels) = Columns(scored);
        return new EvaluationReport(holdout.Count, Metrics.Auc(allScores, allLabels), Metrics.Confusion(allScores, allLabels, threshold), byAgeBand, byGender);
    }

    /// <summary>The results as the [Evaluation] declarations name them.</summary>
    public IEnumerable<MeasuredResult> Results()
    {
        yield return new("auc", null, Auc);
        yield return new("accuracy", null, AtThreshold.Accuracy);
        yield return new("precision", null, AtThreshold.Precision);
        yield return new("recall", null, AtThreshold.Recall);
        foreach (var band in ByAgeBand)
        {
            yield return new("auc", AgeBandSlice(band.AgeBand), band.Auc);
        }
    }

    /// <summary>The results as the [FairnessAssessment] declarations name them.</summary>
    public IEnumerable<MeasuredFairness> Fairness()
    {
        var groups = ByGender.Select(g => g.Group).ToArray();
        var rates = ByGender.Select(g => g.ApprovalRate).ToArray();
        yield return new("gender", "demographic_parity_difference", DemographicParityDifference, groups, rates);
        yield return new("gender", "disparate_impact_ratio", DisparateImpactRatio, groups, rates);
        yield return new("age_band", "equal_opportunity_difference", EqualOpportunityDifferenceByAge,
            ByAgeBand.Select(b => b.AgeBand).ToArray(), ByAgeBand.Select(b => b.TruePositiveRate).ToArray());
    }

    public static string AgeBandSlice(string ageBand) => "age_band=" + ageBand;

    private static (double[] Scores, bool[] Labels) Columns(IEnumerable<(Applicant Applicant, double Score)> rows)
    {
        var list = rows.ToArray();
        return (list.Select(r => r.Score).ToArray(), list.Select(r => r.Applicant.Repaid).ToArray());
    }
}
